-- Investigation costs counsel enters on a case, and the damages snapshots computed on request.
create table investigation_cost (
    id          uuid primary key,
    case_id     uuid           not null references legal_case (id),
    description varchar(500)   not null,
    amount      numeric(17, 2) not null check (amount >= 0),
    currency    varchar(3)     not null,
    incurred_on date,
    entered_by  varchar(200)   not null,
    created_at  timestamptz    not null,
    updated_at  timestamptz    not null,
    version     bigint         not null
);

create index investigation_cost_case_idx on investigation_cost (case_id, id);

-- Each recompute stores the whole breakdown as computed then, with when and who; the latest one is shown.
create table damages_snapshot (
    id          uuid primary key,
    case_id     uuid         not null references legal_case (id),
    computed_at timestamptz  not null,
    computed_by varchar(200) not null,
    request_id  varchar(128),
    breakdown   jsonb        not null,
    created_at  timestamptz  not null,
    updated_at  timestamptz  not null,
    version     bigint       not null
);

create index damages_snapshot_case_idx on damages_snapshot (case_id, computed_at desc, id desc);
