-- The lists behind FOREIGN_CALLBACK, editable at run time by security officers (they were the
-- crp.inventory.risk.* settings; the seed is those settings' defaults). One row per list; its
-- version is the ETag that a change must quote, and every change is kept in history.
create table risk_list (
    id         uuid primary key,
    name       varchar(32)    not null,
    entries    varchar(255)[] not null,
    created_at timestamptz    not null,
    updated_at timestamptz    not null,
    version    bigint         not null,
    constraint risk_list_name_uk unique (name)
);

insert into risk_list (id, name, entries, created_at, updated_at, version) values
('01900000-0000-7000-8000-0000000000a1', 'countries-of-concern', array['CN', 'HK', 'IR', 'KP', 'MO', 'RU'], now(), now(), 0),
('01900000-0000-7000-8000-0000000000a2', 'destination-allowlist',
 array['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', 'fc00::/7'], now(), now(), 0);
