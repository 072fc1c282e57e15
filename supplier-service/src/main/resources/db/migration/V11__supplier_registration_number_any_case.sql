-- A registration number names one company however it is typed: 'kr-110111-2345678' is KR-110111-2345678.
-- On a register where two rows already differ only by case this stops with a unique violation: merge them first.
alter table supplier drop constraint supplier_registration_number_uk;
create unique index supplier_registration_number_uk on supplier (upper(registration_number));
