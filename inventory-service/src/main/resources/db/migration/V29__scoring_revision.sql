-- What scores a camera besides its own record: the watchlist, the IEEE registry versions and the risk lists. Every
-- change to them, whoever makes it (the API on any replica, plain SQL), bumps the revision in the same transaction,
-- and a full re-score records the revision it finished for. A poll on any replica compares the two: a change whose
-- full re-score never ran or never finished (its replica stopped) is re-scored by the next poll (ScoringPoller).
create table scoring_revision (
    id                smallint    primary key check (id = 1),
    revision          bigint      not null,
    -- when the latest change was made (its transaction's start)
    changed_at        timestamptz not null,
    -- the revision the last completed full re-score scored every device with
    rescored_revision bigint      not null,
    rescored_at       timestamptz not null
);
-- the devices stored now were scored by the lists stored now
insert into scoring_revision (id, revision, changed_at, rescored_revision, rescored_at) values (1, 1, now(), 1, now());

create function scoring_changed() returns trigger language plpgsql set search_path from current as $$
begin
    update scoring_revision set revision = revision + 1, changed_at = now() where id = 1;
    return null;
end $$;

-- row triggers: these tables change a row or two at a time, by hand
create trigger watchlist_entry_scoring after insert or update or delete on watchlist_entry
    for each row execute function scoring_changed();
create trigger oui_registry_version_scoring after insert or update or delete on oui_registry_version
    for each row execute function scoring_changed();
create trigger risk_list_scoring after insert or update or delete on risk_list
    for each row execute function scoring_changed();
