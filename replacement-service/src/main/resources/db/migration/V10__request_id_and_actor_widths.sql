-- A request id is kept when it is 8 to 128 characters (RequestIds), and a subject may read
-- "pm via service-account-..." (X-Acting-For) or be a long Keycloak username: the columns that keep them take as much
-- as inventory's (V27) and the outboxes' do, instead of failing the insert. Widening a varchar rewrites nothing.
alter table work_order_event alter column request_id type varchar(128);
alter table work_order_event alter column actor type varchar(300);
alter table work_order alter column planned_by type varchar(300);
