-- Who may release a hold a service placed: the same service account. placed_by keeps who acted ("legal via
-- service-account-supplier-service"); this keeps the token's own subject, the account that answers for the hold.
alter table device_hold add column placed_by_principal varchar(300);
-- a service acting for someone was recorded as "<person> via <account>"; anyone else as themselves
update device_hold set placed_by_principal = coalesce(substring(placed_by from '^.* via (.+)$'), placed_by);
alter table device_hold alter column placed_by_principal set not null;
