-- Sites and the cameras installed at them. Ids are time-ordered UUIDs (v7) made by the service,
-- so keyset paging by id follows creation order.
create table site (
    id          uuid primary key,
    code        varchar(32)  not null,
    name        varchar(200) not null,
    region      varchar(100) not null,
    created_at  timestamptz  not null,
    updated_at  timestamptz  not null,
    version     bigint       not null,
    constraint site_code_uk unique (code)
);

create table device (
    id                    uuid primary key,
    serial                varchar(64)  not null,
    asset_tag             varchar(64),
    model                 varchar(100) not null,
    declared_manufacturer varchar(100) not null,
    declared_country      varchar(2)   not null,
    mac_address           varchar(17)  not null,
    ip_address            varchar(45),
    firmware_version      varchar(64),
    site_id               uuid         not null references site (id),
    supplier_id           uuid,
    contract_reference    varchar(64),
    install_date          date,
    status                varchar(16)  not null,
    created_at            timestamptz  not null,
    updated_at            timestamptz  not null,
    version               bigint       not null,
    constraint device_serial_uk unique (serial),
    constraint device_mac_uk unique (mac_address)
);

create index device_site_idx on device (site_id, id);
create index device_supplier_idx on device (supplier_id, id);
create index device_status_idx on device (status, id);
