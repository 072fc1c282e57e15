-- Network evidence: flows seen from cameras, matched to devices by source MAC or IP.
create table network_observation (
    id                  uuid primary key,
    device_id           uuid         not null references device (id),
    observed_at         timestamptz  not null,
    source_ip           varchar(45),
    source_mac          varchar(17),
    destination         varchar(255) not null,
    destination_port    integer      not null check (destination_port between 0 and 65535),
    protocol            varchar(8)   not null,
    destination_country varchar(2),
    bytes               bigint       not null check (bytes >= 0),
    recorded_by         varchar(100) not null,
    created_at          timestamptz  not null,
    updated_at          timestamptz  not null,
    version             bigint       not null
);
create index network_observation_device_idx on network_observation (device_id, id);
