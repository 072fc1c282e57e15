-- The device list sorts by risk score, serial, install date or creation time, with the id breaking
-- ties; keyset paging then reads an index on (key, id) from the cursor on. risk_score already has
-- device_score_idx (risk_score, id) and serial its unique index (no ties), so two more suffice.
create index device_install_date_idx on device (install_date, id);
create index device_created_idx on device (created_at, id);
