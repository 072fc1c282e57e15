-- Deadlines of a case. An hourly job marks OPEN deadlines whose due date has passed as MISSED.
create table case_deadline (
    id          uuid primary key,
    case_id     uuid          not null references legal_case (id),
    kind        varchar(32)   not null,
    due_date    date          not null,
    status      varchar(16)   not null,
    description varchar(1000),
    met_at      timestamptz,
    missed_at   timestamptz,
    created_at  timestamptz   not null,
    updated_at  timestamptz   not null,
    version     bigint        not null
);

create index case_deadline_case_idx on case_deadline (case_id, id);
-- the upcoming list and the job look for OPEN deadlines by due date
create index case_deadline_open_due_idx on case_deadline (due_date, id) where status = 'OPEN';
