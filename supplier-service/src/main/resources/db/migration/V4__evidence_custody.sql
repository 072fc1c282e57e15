-- Evidence items of a case and their chain of custody. Custody entries are append-only (trigger)
-- and hash-chained: hash = sha256(previous_hash || canonical form of the entry's own fields), the
-- first entry's previous hash being 64 zeros; a changed row no longer matches its hash.
create table evidence_item (
    id          uuid primary key,
    case_id     uuid          not null references legal_case (id),
    kind        varchar(32)   not null,
    description varchar(2000) not null,
    reference   varchar(200),
    created_at  timestamptz   not null,
    updated_at  timestamptz   not null,
    version     bigint        not null
);

create index evidence_item_case_idx on evidence_item (case_id, id);

create table custody_entry (
    id            uuid primary key,
    evidence_id   uuid          not null references evidence_item (id),
    position      integer       not null check (position >= 1),
    actor         varchar(200)  not null,
    at            timestamptz   not null,
    action        varchar(32)   not null,
    location      varchar(500)  not null,
    note          varchar(2000),
    request_id    varchar(128),
    previous_hash varchar(64)   not null,
    hash          varchar(64)   not null,
    created_at    timestamptz   not null,
    updated_at    timestamptz   not null,
    version       bigint        not null,
    constraint custody_entry_position_uk unique (evidence_id, position)
);

create trigger custody_entry_append_only
    before update or delete on custody_entry
    for each row execute function refuse_change_of_append_only_row();

create trigger custody_entry_no_truncate
    before truncate on custody_entry
    for each statement execute function refuse_change_of_append_only_row();
