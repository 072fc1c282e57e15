-- Serials and MAC addresses are identifiers (letters, digits and . _ / - ; hex digits and colons), compared byte by
-- byte: under a linguistic collation every comparison of their unique keys goes through the C library's strcoll,
-- and PostgreSQL cannot use abbreviated keys to sort them. Building the MAC key over a million random addresses takes
-- 0.6 s instead of 1.6 s (CREATE UNIQUE INDEX by hand on 2 cores).
-- The serial sort of the device list is byte order from here on: digits, then upper case, then lower case.
-- The table is not rewritten; the two unique indexes are rebuilt.
alter table device
    alter column serial type varchar(64) collate "C",
    alter column mac_address type varchar(17) collate "C";
