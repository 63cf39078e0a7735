-- Two merges crossing each other (A7 into A9 and A9 into A7 at once), before a merge locked the asks it touches
-- (issue 27), could leave asks merged into each other: every ask of such a circle vanished from the register and its
-- page redirected round it. The lowest number of each circle is an ask again, the circle's other asks are merged into
-- it, and their positions join it as a merge moves them (a day and place it holds already stays where it is: nothing
-- is deleted).
create temporary table ask_circle as
with recursive walk (start, at, path) as (
    select id, merged_into, array[id] from ask where merged_into is not null
    union all
    select w.start, a.merged_into, w.path || a.id
    from walk w join ask a on a.id = w.at
    where a.merged_into is not null and a.id <> w.start and not a.id = any(w.path)
)
select w.start as id, (select min(x) from unnest(w.path) x) as kept from walk w where w.at = w.start;

update ask_position p set ask_id = c.kept
from ask_circle c
where p.ask_id = c.id and c.id <> c.kept
  -- one position of each day and place, when two of the circle's asks hold it
  and p.id in (select distinct on (q.said_on, q.where_said) q.id from ask_position q join ask_circle d on d.id = q.ask_id
               where d.id <> d.kept order by q.said_on, q.where_said, q.id)
  and not exists (select 1 from ask_position k where k.ask_id = c.kept and k.said_on = p.said_on
                  and k.where_said is not distinct from p.where_said);

update ask set merged_into = null, merged_by = null, merged_at = null where id in (select kept from ask_circle);
update ask a set merged_into = c.kept from ask_circle c where a.id = c.id and c.id <> c.kept;
-- an ask merged into one of a circle's asks answers with the ask kept, as a merge leaves no chain
update ask a set merged_into = c.kept from ask_circle c
where a.merged_into = c.id and c.id <> c.kept and a.id not in (select id from ask_circle);

drop table ask_circle;
