package org.crp.replacement.programme;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ProgrammeRepository implements PanacheRepositoryBase<Programme, UUID> {
}
