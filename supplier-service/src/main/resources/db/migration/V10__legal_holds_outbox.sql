-- Legal holds of a case on its evidence devices, and the outbox that tells inventory about them.
-- Placing or releasing a hold writes the hold row and an outbox row in one transaction, so inventory
-- is told eventually even if it is down at that moment; the relay locks the rows it delivers
-- (FOR UPDATE SKIP LOCKED), so several replicas never deliver one row twice.
create table legal_hold (
    id            uuid primary key,
    case_id       uuid          not null references legal_case (id),
    evidence_id   uuid          not null references evidence_item (id),
    device_id     uuid          not null,
    reason        varchar(500),
    status        varchar(16)   not null check (status in ('ACTIVE', 'RELEASED')),
    -- delivery to inventory of the latest step (placing while ACTIVE, releasing once RELEASED)
    delivery      varchar(16)   not null check (delivery in ('PENDING', 'DELIVERED', 'FAILED')),
    attempts      integer       not null default 0,
    last_error    varchar(2000),
    delivered_at  timestamptz,
    placed_at     timestamptz   not null,
    placed_by     varchar(200)  not null,
    released_at   timestamptz,
    released_by   varchar(200),
    created_at    timestamptz   not null,
    updated_at    timestamptz   not null,
    version       bigint        not null
);

create index legal_hold_case_idx on legal_hold (case_id, id);
-- a case holds a device at most once at a time
create unique index legal_hold_active_uk on legal_hold (case_id, device_id) where status = 'ACTIVE';

create table outbox_message (
    id              uuid primary key,
    -- the order rows were written in; a device's rows for one case are delivered in this order
    seq             bigint generated always as identity,
    hold_id         uuid          not null references legal_hold (id),
    kind            varchar(16)   not null check (kind in ('PLACE_HOLD', 'RELEASE_HOLD')),
    device_id       uuid          not null,
    case_number     varchar(32)   not null,
    payload         jsonb         not null,
    state           varchar(16)   not null check (state in ('PENDING', 'DELIVERED', 'REFUSED')),
    attempts        integer       not null default 0,
    next_attempt_at timestamptz   not null,
    last_error      varchar(2000),
    created_at      timestamptz   not null,
    delivered_at    timestamptz
);

create index outbox_message_due_idx on outbox_message (next_attempt_at) where state = 'PENDING';
create index outbox_message_device_idx on outbox_message (device_id, case_number, seq) where state = 'PENDING';
