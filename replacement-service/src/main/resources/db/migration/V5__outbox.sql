-- Swaps waiting to be told to inventory. Written in the same transaction as the completed work
-- order, so a completion is never lost; a relay delivers each row, locking it while it does so
-- (FOR UPDATE SKIP LOCKED), so several replicas never deliver one row twice.
create table outbox_message (
    id              uuid primary key,
    work_order_id   uuid          not null references work_order (id),
    kind            varchar(32)   not null,
    payload         jsonb         not null,
    state           varchar(16)   not null,
    attempts        integer       not null default 0,
    next_attempt_at timestamptz   not null,
    last_error      varchar(2000),
    created_at      timestamptz   not null,
    delivered_at    timestamptz,
    constraint outbox_message_work_order_uk unique (work_order_id, kind)
);

create index outbox_message_due_idx on outbox_message (next_attempt_at) where state = 'PENDING';

alter table work_order add column new_device_id uuid;
