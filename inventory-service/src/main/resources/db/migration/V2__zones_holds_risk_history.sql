-- Zones within sites, the full device record (verification, risk, replacement links), legal
-- holds and the change history of devices, zones and holds.
create table zone (
    id                          uuid primary key,
    site_id                     uuid         not null references site (id),
    code                        varchar(32)  not null,
    name                        varchar(200) not null,
    kind                        varchar(16)  not null,
    criticality                 integer      not null check (criticality between 1 and 5),
    max_out_of_service_fraction numeric(4, 3) not null check (max_out_of_service_fraction > 0 and max_out_of_service_fraction <= 1),
    created_at                  timestamptz  not null,
    updated_at                  timestamptz  not null,
    version                     bigint       not null,
    constraint zone_site_code_uk unique (site_id, code)
);
create index zone_site_idx on zone (site_id, id);

alter table device
    add column zone_id               uuid references zone (id),
    add column verified_manufacturer varchar(100),
    add column verified_country      varchar(2),
    add column risk_score            integer     not null default 0 check (risk_score between 0 and 100),
    add column risk_level            varchar(8)  not null default 'LOW',
    add column risk_reasons          jsonb       not null default '[]',
    -- the reason codes alone, for filters and per-supplier counts
    add column risk_codes            varchar(32)[] not null default '{}',
    add column replaces_device_id    uuid references device (id),
    add column replaced_by_device_id uuid references device (id),
    -- the cases holding the device now; device_hold keeps who placed and released each hold and when
    add column legal_holds           varchar(64)[] not null default '{}';
create index device_zone_idx on device (zone_id, id);
create index device_risk_idx on device (risk_level, id);
create index device_score_idx on device (risk_score, id);
create index device_risk_codes_idx on device using gin (risk_codes);
create index device_held_idx on device (id) where cardinality(legal_holds) > 0;

create table device_hold (
    id          uuid primary key,
    device_id   uuid         not null references device (id),
    case_id     varchar(64)  not null,
    reason      varchar(500),
    placed_at   timestamptz  not null,
    placed_by   varchar(100) not null,
    released_at timestamptz,
    released_by varchar(100),
    created_at  timestamptz  not null,
    updated_at  timestamptz  not null,
    version     bigint       not null
);
-- at most one active hold per device and case: placing twice is idempotent
create unique index device_hold_active_uk on device_hold (device_id, case_id) where released_at is null;
create index device_hold_device_idx on device_hold (device_id) where released_at is null;

-- Append-only change history: who (token subject), under which request id, what changed.
create table history (
    id          uuid primary key,
    entity_type varchar(16)  not null,
    entity_id   uuid         not null,
    action      varchar(32)  not null,
    changes     jsonb        not null,
    subject     varchar(100) not null,
    request_id  varchar(128),
    created_at  timestamptz  not null,
    updated_at  timestamptz  not null,
    version     bigint       not null
);
create index history_entity_idx on history (entity_type, entity_id, id);
