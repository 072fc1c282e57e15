-- A change made through another service is recorded as "pm via service-account-replacement-service"
-- (X-Acting-For): every column that keeps who acted takes such a subject. Widening a varchar rewrites nothing.
alter table history alter column subject type varchar(300);
alter table device_hold alter column placed_by type varchar(300);
alter table device_hold alter column released_by type varchar(300);
alter table inspection alter column recorded_by type varchar(300);
alter table replacement alter column recorded_by type varchar(300);
alter table network_observation alter column recorded_by type varchar(300);
alter table oui_registry_version alter column uploaded_by type varchar(300);
