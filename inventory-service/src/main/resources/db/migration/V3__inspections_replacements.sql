-- Physical and firmware inspections, and the swaps recorded for replacement-service (one row per
-- work order: replaying a work order returns the stored answer and writes nothing).
create table inspection (
    id                    uuid primary key,
    device_id             uuid         not null references device (id),
    kind                  varchar(16)  not null,
    inspector             varchar(200) not null,
    inspected_on          date         not null,
    verified_manufacturer varchar(100) not null,
    verified_country      varchar(2)   not null,
    notes                 varchar(4000),
    report_sha256         varchar(64),
    recorded_by           varchar(100) not null,
    created_at            timestamptz  not null,
    updated_at            timestamptz  not null,
    version               bigint       not null
);
create index inspection_device_idx on inspection (device_id, id);

create table replacement (
    work_order_id uuid primary key,
    old_device_id uuid        not null references device (id),
    new_device_id uuid        not null references device (id),
    answer        jsonb       not null,
    recorded_by   varchar(100) not null,
    recorded_at   timestamptz not null
);
