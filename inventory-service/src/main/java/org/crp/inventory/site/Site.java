package org.crp.inventory.site;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.crp.common.persistence.BaseEntity;

@Entity
@Table(name = "site")
public class Site extends BaseEntity {
    public String code;
    public String name;
    public String region;
}
