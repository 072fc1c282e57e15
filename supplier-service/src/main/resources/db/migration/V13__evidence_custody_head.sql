-- The chain of custody's length and newest hash, kept on its evidence item and moved on by each append
-- (under the item's row lock): a verify compares them with the chain, so deleting the newest entries
-- no longer leaves a shorter chain that still looks intact. Existing items take their chains as they stand.
alter table evidence_item add column custody_entries integer not null default 0 check (custody_entries >= 0);
alter table evidence_item add column custody_head varchar(64);

update evidence_item e
   set custody_entries = c.entries,
       custody_head    = c.head
  from (select evidence_id, count(*) as entries,
               (array_agg(hash order by position desc))[1] as head
          from custody_entry
         group by evidence_id) c
 where c.evidence_id = e.id;
