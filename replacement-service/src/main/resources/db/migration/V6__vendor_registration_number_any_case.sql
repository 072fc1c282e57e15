-- A registration number names one company however it is typed: 'kr-2019-0042' is KR-2019-0042.
-- On a register where two rows already differ only by case this stops with a unique violation: merge them first.
alter table vendor drop constraint vendor_registration_number_uk;
create unique index vendor_registration_number_uk on vendor (upper(registration_number));
