-- An ask in Vietnamese (issue 30): the ministry states its asks in Vietnamese first, and a Vietnamese reader should read
-- them so. Optional: an ask stated only in English keeps none, and a Vietnamese page or brief says so beside the English.
-- Not part of the ask's key (side, addressee, statement): the same ask stated again with a translation is the same ask.
alter table ask add column statement_vi text;
