-- A device's replaces_device_id and replaced_by_device_id are written only by a recorded replacement, in the
-- transaction that inserts its replacement row, whose old_device_id and new_device_id reference device: those
-- keys already keep the links pointing at devices that exist (and a linked device cannot be deleted). The two
-- self-references on device checked the same again and cost a trigger call per inserted row, null or not: about
-- a tenth of a million-row import.
alter table device drop constraint device_replaces_device_id_fkey;
alter table device drop constraint device_replaced_by_device_id_fkey;
