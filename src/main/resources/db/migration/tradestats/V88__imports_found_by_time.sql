-- issue 31, census: the imports stored since a day (a pull's, overnight) are found by when they were stored, for what
-- changed since the last round, without reading every import.
create index trade_import_imported_at on trade_import (imported_at);
