package org.crp.inventory.risk;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.crp.common.persistence.BaseEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One of the {@link RiskListKind} lists; {@code name} is its slug. */
@Entity
@Table(name = "risk_list")
public class RiskList extends BaseEntity {
    public String name;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> entries = new ArrayList<>();
}
