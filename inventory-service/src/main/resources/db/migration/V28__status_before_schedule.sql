-- The status a camera had when a work order's plan moved it to SCHEDULED, so that a cancelled or failed work
-- order, or a re-plan that drops it, can put it back (POST /api/inventory/replacements/releases). Null when the
-- camera is not SCHEDULED, or was scheduled before this column existed. Nullable without a default: adding it
-- rewrites nothing, and the CSV import's explicit column lists leave it null.
alter table device add column status_before_schedule varchar(16);
