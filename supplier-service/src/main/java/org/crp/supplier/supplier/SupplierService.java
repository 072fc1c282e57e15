package org.crp.supplier.supplier;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.crp.common.paging.Filter;
import org.crp.common.paging.Page;
import org.crp.common.paging.PageRequest;
import org.crp.common.paging.Paging;
import org.crp.common.problem.ApiException;
import org.crp.common.web.ETags;
import org.crp.supplier.supplier.SupplierDtos.StatusChange;
import org.crp.supplier.supplier.SupplierDtos.SupplierRequest;
import org.crp.supplier.supplier.SupplierDtos.SupplierView;

@ApplicationScoped
public class SupplierService {

    private final SupplierRepository suppliers;
    private final Clock clock;

    SupplierService(SupplierRepository suppliers, Clock clock) {
        this.suppliers = suppliers;
        this.clock = clock;
    }

    @Transactional
    public SupplierView create(SupplierRequest request) {
        String registrationNumber = request.registrationNumber().strip();
        if (suppliers.registrationNumberTaken(registrationNumber)) {
            throw ApiException.conflict("A supplier with registration number " + registrationNumber + " already exists");
        }
        Supplier supplier = new Supplier();
        supplier.name = request.name().strip();
        supplier.registrationNumber = registrationNumber;
        supplier.country = request.country();
        supplier.status = SupplierStatus.ACTIVE;
        suppliers.persistAndFlush(supplier);
        return SupplierView.of(supplier);
    }

    @Transactional
    public SupplierView get(UUID id) {
        return SupplierView.of(require(id));
    }

    /** Moves the supplier along {@link SupplierStatus#allowedNext()}; anything else is a 409 naming the allowed steps. */
    @Transactional
    public SupplierView changeStatus(UUID id, StatusChange change, String ifMatch) {
        Supplier supplier = require(id);
        ETags.requireMatch(ifMatch, supplier.version);
        if (!supplier.status.canMoveTo(change.status())) {
            throw ApiException.conflict("A supplier cannot move from " + supplier.status + " to " + change.status()
                    + "; allowed from " + supplier.status + ": "
                    + (supplier.status.allowedNext().isEmpty() ? "none, it is final" : supplier.status.allowedNext()));
        }
        supplier.status = change.status();
        supplier.statusReason = change.reason().strip();
        supplier.statusChangedAt = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        suppliers.flush();
        return SupplierView.of(supplier);
    }

    public boolean exists(UUID id) {
        return suppliers.count("id", id) > 0;
    }

    private Supplier require(UUID id) {
        return suppliers.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("Supplier", id));
    }

    @Transactional
    public Page<SupplierView> list(List<SupplierStatus> statuses, List<String> countries, PageRequest page) {
        Filter filter = new Filter().in("status", statuses).in("country", countries);
        return Paging.page(suppliers, filter, page, s -> s.id, SupplierView::of);
    }
}
