-- A replacement programme: which cameras (inventory filters), how much money, which dates. The
-- latest plan's figures are kept with it as JSON; its work orders live in work_order.
create table programme (
    id              uuid primary key,
    name            varchar(200)   not null,
    min_risk_level  varchar(16),
    site_ids        uuid[]         not null,
    zone_ids        uuid[]         not null,
    supplier_ids    uuid[]         not null,
    budget          numeric(16, 2) not null,
    currency        varchar(3)     not null,
    start_date      date           not null,
    target_date     date           not null,
    blackout_dates  date[]         not null,
    status          varchar(16)    not null,
    plan            jsonb,
    planned_at      timestamptz,
    created_at      timestamptz    not null,
    updated_at      timestamptz    not null,
    version         bigint         not null,
    constraint programme_budget_ck check (budget >= 0),
    constraint programme_dates_ck check (target_date > start_date)
);

create index programme_status_idx on programme (status, id);
