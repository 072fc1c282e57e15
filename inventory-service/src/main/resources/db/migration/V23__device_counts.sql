-- The stats (devices by site x status x risk level) read this table instead of grouping a million
-- rows. Statement-level triggers with transition tables keep it exact in the transaction of every
-- insert, update, delete and truncate of device, whoever writes it (the API, CSV imports, set-based
-- re-scores, bulk status changes, plain SQL): one grouped upsert per statement, never one per row.
-- Groups that drop to zero keep their row at 0 (a truncate empties the table); the stats leave them out.
-- The functions keep the migration's search path, so writes from any session (psql, other tools) find the table.
-- No check (devices >= 0): PostgreSQL checks an upsert's proposed row, a negative delta, before it
-- finds the conflict; DeviceCountTest compares the table with a fresh GROUP BY after every kind of write.
create table device_count (
    site_id    uuid        not null,
    status     varchar(16) not null,
    risk_level varchar(8)  not null,
    devices    bigint      not null,
    primary key (site_id, status, risk_level)
);

create function device_count_changed() returns trigger language plpgsql set search_path from current as $$
begin
    -- the groups are upserted in key order, so concurrent statements lock counter rows in one order
    if tg_op = 'INSERT' then
        insert into device_count as c (site_id, status, risk_level, devices)
        select site_id, status, risk_level, count(*) from new_rows group by 1, 2, 3 order by 1, 2, 3
        on conflict (site_id, status, risk_level) do update set devices = c.devices + excluded.devices;
    elsif tg_op = 'DELETE' then
        insert into device_count as c (site_id, status, risk_level, devices)
        select site_id, status, risk_level, -count(*) from old_rows group by 1, 2, 3 order by 1, 2, 3
        on conflict (site_id, status, risk_level) do update set devices = c.devices + excluded.devices;
    else
        insert into device_count as c (site_id, status, risk_level, devices)
        select site_id, status, risk_level, sum(n) from (
            select site_id, status, risk_level, 1 as n from new_rows
            union all
            select site_id, status, risk_level, -1 from old_rows) moved
        group by 1, 2, 3 having sum(n) <> 0 order by 1, 2, 3
        on conflict (site_id, status, risk_level) do update set devices = c.devices + excluded.devices;
    end if;
    return null;
end $$;

create function device_count_truncated() returns trigger language plpgsql set search_path from current as $$
begin
    delete from device_count;
    return null;
end $$;

create trigger device_count_insert after insert on device
    referencing new table as new_rows for each statement execute function device_count_changed();
create trigger device_count_update after update on device
    referencing old table as old_rows new table as new_rows for each statement execute function device_count_changed();
create trigger device_count_delete after delete on device
    referencing old table as old_rows for each statement execute function device_count_changed();
create trigger device_count_truncate after truncate on device
    for each statement execute function device_count_truncated();

-- lock out writers while the counts start from the rows as they are
lock table device in share row exclusive mode;
insert into device_count (site_id, status, risk_level, devices)
select site_id, status, risk_level, count(*) from device group by 1, 2, 3;
