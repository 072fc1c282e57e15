-- One swap of one camera: planned by the planner, then dispatched to and carried out by a vendor.
-- Original site, zone and supplier are copied from inventory at planning time, so progress and
-- costs can be grouped without asking inventory again.
create table work_order (
    id                   uuid primary key,
    programme_id         uuid           not null references programme (id),
    device_id            uuid           not null,
    site_id              uuid           not null,
    zone_id              uuid,
    original_supplier_id uuid,
    region               varchar(100)   not null,
    vendor_id            uuid           not null references vendor (id),
    model_id             uuid           not null references replacement_model (id),
    scheduled_date       date           not null,
    wave                 integer        not null,
    unit_cost            numeric(14, 2) not null,
    install_cost         numeric(14, 2) not null,
    status               varchar(16)    not null,
    planned_by           varchar(200)   not null,
    new_serial           varchar(64),
    new_mac_address      varchar(32),
    new_model            varchar(100),
    completed_at         timestamptz,
    failure_reason       varchar(2000),
    sync_state           varchar(16)    not null,
    created_at           timestamptz    not null,
    updated_at           timestamptz    not null,
    version              bigint         not null
);

-- a camera is in at most one live order, whatever the programme
create unique index work_order_live_device_uk on work_order (device_id)
    where status in ('PLANNED', 'DISPATCHED', 'IN_PROGRESS');
create index work_order_programme_idx on work_order (programme_id, status, id);
create index work_order_vendor_idx on work_order (vendor_id, id);

-- Every status change of a work order: from, to, who, when, under which request id.
create table work_order_event (
    id            uuid primary key,
    work_order_id uuid          not null references work_order (id) on delete cascade,
    from_status   varchar(16),
    to_status     varchar(16)   not null,
    actor         varchar(200)  not null,
    request_id    varchar(100),
    note          varchar(2000),
    at            timestamptz   not null
);

create index work_order_event_order_idx on work_order_event (work_order_id, at);
