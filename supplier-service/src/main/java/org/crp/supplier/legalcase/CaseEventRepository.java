package org.crp.supplier.legalcase;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class CaseEventRepository implements PanacheRepositoryBase<CaseEvent, UUID> {
}
