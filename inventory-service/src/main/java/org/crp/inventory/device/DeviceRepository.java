package org.crp.inventory.device;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class DeviceRepository implements PanacheRepositoryBase<Device, UUID> {
}
