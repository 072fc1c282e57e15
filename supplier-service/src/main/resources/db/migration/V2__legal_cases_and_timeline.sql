-- Legal cases against suppliers. The number LC-<year>-<seq> comes from one counter row per year,
-- incremented by an upsert: the row lock serialises concurrent creations, so numbers never repeat.
create table legal_case_counter (
    year       integer primary key,
    last_value bigint  not null
);

create table legal_case (
    id                uuid primary key,
    number            varchar(32)   not null,
    supplier_id       uuid          not null references supplier (id),
    type              varchar(32)   not null,
    status            varchar(32)   not null,
    counsel           varchar(200),
    court             varchar(200),
    court_reference   varchar(100),
    claimed_amount    numeric(17, 2) check (claimed_amount >= 0),
    awarded_amount    numeric(17, 2) check (awarded_amount >= 0),
    currency          varchar(3),
    status_changed_at timestamptz,
    created_at        timestamptz   not null,
    updated_at        timestamptz   not null,
    version           bigint        not null,
    constraint legal_case_number_uk unique (number)
);

create index legal_case_supplier_idx on legal_case (supplier_id, id);
create index legal_case_status_idx on legal_case (status, id);
create index legal_case_type_idx on legal_case (type, id);

-- Refuses any change to a row of an append-only table; used by the timeline and custody tables.
create function refuse_change_of_append_only_row() returns trigger
    language plpgsql as
$$
begin
    raise exception '% is append-only: % is refused', tg_table_name, tg_op
        using errcode = 'restrict_violation';
end;
$$;

-- The case timeline: notes, filings, hearings, rulings, offers and status changes. Append-only.
create table case_event (
    id          uuid primary key,
    case_id     uuid          not null references legal_case (id),
    kind        varchar(32)   not null,
    occurred_at timestamptz   not null,
    text        varchar(4000) not null,
    author      varchar(200)  not null,
    request_id  varchar(128),
    created_at  timestamptz   not null,
    updated_at  timestamptz   not null,
    version     bigint        not null
);

create index case_event_case_idx on case_event (case_id, id);

create trigger case_event_append_only
    before update or delete on case_event
    for each row execute function refuse_change_of_append_only_row();

create trigger case_event_no_truncate
    before truncate on case_event
    for each statement execute function refuse_change_of_append_only_row();
