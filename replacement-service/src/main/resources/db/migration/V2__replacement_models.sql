-- The catalogue of replacement cameras each vendor offers. Costs are money in the programme's
-- currency with two decimals; a lead time is the days from the programme's start until the model
-- can be installed.
create table replacement_model (
    id                uuid primary key,
    vendor_id         uuid           not null references vendor (id),
    manufacturer      varchar(100)   not null,
    model             varchar(100)   not null,
    country_of_origin varchar(2)     not null,
    unit_cost         numeric(14, 2) not null,
    install_cost      numeric(14, 2) not null,
    lead_time_days    integer        not null,
    created_at        timestamptz    not null,
    updated_at        timestamptz    not null,
    version           bigint         not null,
    constraint replacement_model_uk unique (vendor_id, manufacturer, model),
    constraint replacement_model_costs_ck check (unit_cost >= 0 and install_cost >= 0),
    constraint replacement_model_lead_time_ck check (lead_time_days >= 0)
);

create index replacement_model_vendor_idx on replacement_model (vendor_id, id);
