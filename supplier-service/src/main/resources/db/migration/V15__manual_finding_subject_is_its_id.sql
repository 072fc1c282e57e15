-- A finding recorded by hand is keyed 'manual:<its own id>'; earlier ones were keyed by an id of their own
-- that named no finding.
update finding
   set subject_key = 'manual:' || id, version = version + 1, updated_at = now()
 where source = 'MANUAL' and subject_key <> 'manual:' || id;
