-- A hold that supplier-service placed for its legal case is released through supplier-service, so that the case's
-- record of its holds stays true; holds placed by a person (legal-counsel, admin) keep being released here.
alter table device_hold add column placed_by_service boolean not null default false;
