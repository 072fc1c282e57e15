-- Approved local vendors who install replacement cameras. Ids are time-ordered UUIDs (v7) made by
-- the service, so keyset paging by id follows creation order; a vendor user's token carries this id.
-- Certifications and served regions are short lists read with the vendor, so they are arrays.
create table vendor (
    id                  uuid primary key,
    name                varchar(200)   not null,
    registration_number varchar(64)    not null,
    country             varchar(2)     not null,
    certifications      varchar(100)[] not null,
    regions             varchar(100)[] not null,
    installs_per_day    integer        not null,
    status              varchar(16)    not null,
    created_at          timestamptz    not null,
    updated_at          timestamptz    not null,
    version             bigint         not null,
    constraint vendor_registration_number_uk unique (registration_number),
    constraint vendor_installs_per_day_ck check (installs_per_day between 1 and 10000),
    constraint vendor_regions_ck check (cardinality(regions) >= 1)
);

create index vendor_status_idx on vendor (status, id);
create index vendor_country_idx on vendor (country, id);
create index vendor_regions_idx on vendor using gin (regions);
