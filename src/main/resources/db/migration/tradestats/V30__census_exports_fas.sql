-- The US Census Bureau values exports (ALL_VAL_MO) f.a.s., free alongside ship: the goods beside the vessel before
-- loading, a little below FOB. Imports before this version recorded them as FOB; Census imports are customs value (CV)
-- and keep it. Only Census figures said FOB are exports, so those are the ones renamed.
update trade_figure f set valuation = 'FAS'
from trade_import i
where i.id = f.import_id and i.dataset = 'US Census Bureau International Trade API' and f.valuation = 'FOB';

update trade_figure_replaced f set valuation = 'FAS'
from trade_import i
where i.id = f.import_id and i.dataset = 'US Census Bureau International Trade API' and f.valuation = 'FOB';
