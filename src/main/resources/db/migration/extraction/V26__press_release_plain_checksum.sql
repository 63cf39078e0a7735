-- A press release is known by the checksum of its plain text (the text column), no longer of the bytes it arrived as:
-- the same release with other line endings or normalisation was stored twice. Each group of copies keeps one holder of
-- the new checksum (the copy that already has it, else the first); the other copies keep theirs, so nothing is lost and
-- no checksum is claimed twice.
with plain as (select id, checksum as old, encode(sha256(convert_to(text, 'UTF8')), 'hex') as new from press_release),
     holder as (select new, coalesce(min(id) filter (where old = new), min(id)) as id from plain group by new)
update press_release p
set checksum = h.new
from holder h
where p.id = h.id
  and p.checksum <> h.new;
