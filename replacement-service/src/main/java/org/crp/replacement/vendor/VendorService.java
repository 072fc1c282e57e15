package org.crp.replacement.vendor;

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
import org.crp.replacement.vendor.VendorDtos.StatusRequest;
import org.crp.replacement.vendor.VendorDtos.VendorRequest;
import org.crp.replacement.vendor.VendorDtos.VendorView;

@ApplicationScoped
public class VendorService {

    private final VendorRepository vendors;

    VendorService(VendorRepository vendors) {
        this.vendors = vendors;
    }

    @Transactional
    public VendorView create(VendorRequest request) {
        if (vendors.registrationNumberTaken(request.registrationNumber())) {
            throw ApiException.conflict("A vendor with registration number " + request.registrationNumber()
                    + " already exists");
        }
        Vendor vendor = new Vendor();
        vendor.name = request.name().strip();
        vendor.registrationNumber = request.registrationNumber();
        vendor.country = request.country();
        vendor.certifications = stripped(request.certifications());
        vendor.regions = stripped(request.regions());
        vendor.installsPerDay = request.installsPerDay();
        vendor.status = VendorStatus.APPROVED;
        vendors.persistAndFlush(vendor);
        return VendorView.of(vendor);
    }

    @Transactional
    public VendorView get(UUID id) {
        return VendorView.of(vendors.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("Vendor", id)));
    }

    /** APPROVED and SUSPENDED swap both ways; naming the current status again is a 409, like any other move the table lacks. */
    @Transactional
    public VendorView changeStatus(UUID id, String ifMatch, StatusRequest request) {
        Vendor vendor = vendors.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("Vendor", id));
        ETags.requireMatch(ifMatch, vendor.version);
        if (!vendor.status.next().contains(request.status())) {
            throw ApiException.conflict("Vendor " + id + " is " + vendor.status + "; it may move only to "
                    + vendor.status.next());
        }
        vendor.status = request.status();
        vendors.flush();
        return VendorView.of(vendor);
    }

    /** Repeated values of one filter mean any of them; {@code regions} matches vendors serving any of those regions. */
    @Transactional
    public Page<VendorView> list(List<VendorStatus> statuses, List<String> regions, List<String> countries,
            PageRequest page) {
        Filter filter = new Filter().in("status", statuses).in("country", countries).overlaps("regions", regions);
        return Paging.page(vendors, filter, page, v -> v.id, VendorView::of);
    }

    /** Each entry stripped, duplicates dropped, first-given order kept. */
    private static List<String> stripped(List<String> values) {
        return values == null ? List.of() : values.stream().map(String::strip).distinct().toList();
    }
}
