-- Findings against a supplier. (supplier_id, type, subject_key) is the natural key that makes scans and
-- delivery checks idempotent: subject_key is 'device:<id>' for a scan's finding about one device,
-- 'certificate:<id>' for a falsified certificate, 'manual:<finding id>' for one recorded by hand.
-- Writers insert ... on conflict do nothing, so concurrent scans never duplicate a finding.
create table finding (
    id             uuid primary key,
    supplier_id    uuid          not null references supplier (id),
    type           varchar(40)   not null,
    source         varchar(20)   not null,
    subject_key    varchar(100)  not null,
    summary        varchar(2000) not null,
    delivery_id    uuid references delivery (id),
    certificate_id uuid references certificate_of_origin (id),
    recorded_by    varchar(200)  not null,
    request_id     varchar(128),
    created_at     timestamptz   not null,
    updated_at     timestamptz   not null,
    version        bigint        not null,
    constraint finding_natural_uk unique (supplier_id, type, subject_key)
);

create index finding_supplier_idx on finding (supplier_id, id);
create index finding_type_idx on finding (supplier_id, type, id);

-- The devices behind a finding, as inventory knew them when the finding was recorded.
create table finding_device (
    finding_id uuid          not null references finding (id),
    device_id  uuid          not null,
    serial     varchar(100),
    detail     varchar(2000),
    primary key (finding_id, device_id)
);

create index finding_device_device_idx on finding_device (device_id);

-- Evidence items (of the supplier's cases) that support a finding.
create table finding_evidence (
    finding_id  uuid not null references finding (id),
    evidence_id uuid not null references evidence_item (id),
    primary key (finding_id, evidence_id)
);
