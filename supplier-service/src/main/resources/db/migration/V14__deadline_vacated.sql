-- A deadline of a case that was CLOSED while the deadline was still OPEN is VACATED: nothing is due any more.
alter table case_deadline add column vacated_at timestamptz;
