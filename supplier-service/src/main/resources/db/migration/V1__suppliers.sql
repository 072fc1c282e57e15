-- Companies that supplied cameras, and their standing. Ids are time-ordered UUIDs (v7) made by the
-- service, so keyset paging by id follows creation order; devices in inventory refer to these ids.
create table supplier (
    id                  uuid primary key,
    name                varchar(200) not null,
    registration_number varchar(64)  not null,
    country             varchar(2)   not null,
    status              varchar(32)  not null,
    status_reason       varchar(1000),
    status_changed_at   timestamptz,
    created_at          timestamptz  not null,
    updated_at          timestamptz  not null,
    version             bigint       not null,
    constraint supplier_registration_number_uk unique (registration_number)
);

create index supplier_status_idx on supplier (status, id);
create index supplier_country_idx on supplier (country, id);
