package org.crp.inventory.device;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class DeviceRepository implements PanacheRepositoryBase<Device, UUID> {

    public boolean serialTaken(String serial) {
        return count("serial", serial) > 0;
    }

    public boolean macTaken(String mac) {
        return count("macAddress", mac) > 0;
    }
}
