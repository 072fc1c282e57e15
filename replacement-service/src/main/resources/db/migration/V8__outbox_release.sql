-- A RELEASE message hands cameras back to inventory when no live order will swap them any more (an order
-- cancelled or failed, or dropped by a re-plan). A re-plan deletes the PLANNED orders it drops, so its
-- release names no work order.
alter table outbox_message alter column work_order_id drop not null;
