-- The request that queued a call and whom it acted for: the relay sends them to inventory (X-Request-Id,
-- X-Acting-For), whose history then names the person and the request behind a swap.
alter table outbox_message add column request_id varchar(128);
alter table outbox_message add column acting_for varchar(200);
