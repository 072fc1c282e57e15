package org.crp.supplier.supplier;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.crp.common.paging.Filter;
import org.crp.common.paging.Page;
import org.crp.common.paging.PageRequest;
import org.crp.common.paging.Paging;
import org.crp.common.problem.ApiException;
import org.crp.supplier.supplier.SupplierDtos.SupplierRequest;
import org.crp.supplier.supplier.SupplierDtos.SupplierView;

@ApplicationScoped
public class SupplierService {

    private final SupplierRepository suppliers;

    SupplierService(SupplierRepository suppliers) {
        this.suppliers = suppliers;
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
        return SupplierView.of(suppliers.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("Supplier", id)));
    }

    @Transactional
    public Page<SupplierView> list(List<SupplierStatus> statuses, List<String> countries, PageRequest page) {
        Filter filter = new Filter().in("status", statuses).in("country", countries);
        return Paging.page(suppliers, filter, page, s -> s.id, SupplierView::of);
    }
}
