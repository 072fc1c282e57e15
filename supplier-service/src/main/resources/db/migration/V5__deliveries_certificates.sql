-- Deliveries of cameras under a contract, and the certificates of origin that came with them.
-- A delivery's serials are what the supplier says it delivered; the check compares each certificate's
-- claimed origin with inventory's verified origin of those devices.
create table delivery (
    id              uuid primary key,
    supplier_id     uuid         not null references supplier (id),
    contract_number varchar(100) not null,
    delivery_date   date         not null,
    declared_origin varchar(2)   not null,
    serials         varchar(100)[] not null,
    last_checked_at timestamptz,
    created_at      timestamptz  not null,
    updated_at      timestamptz  not null,
    version         bigint       not null,
    constraint delivery_has_serials check (cardinality(serials) >= 1)
);

create index delivery_supplier_idx on delivery (supplier_id, id);

create table certificate_of_origin (
    id              uuid primary key,
    delivery_id     uuid         not null references delivery (id),
    issuer          varchar(200) not null,
    number          varchar(100) not null,
    issue_date      date         not null,
    claimed_origin  varchar(2)   not null,
    document_sha256 varchar(64)  not null check (document_sha256 ~ '^[0-9a-f]{64}$'),
    created_at      timestamptz  not null,
    updated_at      timestamptz  not null,
    version         bigint       not null,
    -- the same issuer's certificate number is attached to a delivery once
    constraint certificate_delivery_issuer_number_uk unique (delivery_id, issuer, number)
);

create index certificate_delivery_idx on certificate_of_origin (delivery_id, id);
