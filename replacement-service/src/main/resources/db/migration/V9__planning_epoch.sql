-- Programmes share vendors' capacity and zones' room, and a plan is made from the live orders it read. Each plan is
-- stored only if no other plan was stored since it read them: storing moves the epoch on (the row lock makes two
-- stores wait for each other), and a plan made against an older epoch is made again.
create table planning_epoch (
    id    integer primary key check (id = 1),
    epoch bigint  not null
);
insert into planning_epoch (id, epoch) values (1, 0);
