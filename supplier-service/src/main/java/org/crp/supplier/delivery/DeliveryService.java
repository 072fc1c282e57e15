package org.crp.supplier.delivery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.crp.common.paging.Filter;
import org.crp.common.paging.Page;
import org.crp.common.paging.PageRequest;
import org.crp.common.paging.Paging;
import org.crp.common.problem.ApiException;
import org.crp.common.problem.Problem;
import org.crp.common.validation.Serials;
import org.crp.common.web.Echo;
import org.crp.supplier.delivery.DeliveryDtos.CertificateRequest;
import org.crp.supplier.delivery.DeliveryDtos.CertificateView;
import org.crp.supplier.delivery.DeliveryDtos.DeliveryRequest;
import org.crp.supplier.delivery.DeliveryDtos.DeliveryView;
import org.crp.supplier.supplier.SupplierService;

@ApplicationScoped
public class DeliveryService {

    /** A delivery lists up to 10000 serials: a problem names this many of the misfits, then counts the rest. */
    static final int MAX_SERIAL_ERRORS = 100;

    private final DeliveryRepository deliveries;
    private final CertificateRepository certificates;
    private final SupplierService suppliers;

    DeliveryService(DeliveryRepository deliveries, CertificateRepository certificates, SupplierService suppliers) {
        this.deliveries = deliveries;
        this.certificates = certificates;
        this.suppliers = suppliers;
    }

    @Transactional
    public DeliveryView create(UUID supplierId, DeliveryRequest request) {
        requireSupplier(supplierId);
        List<String> serials = distinctSerials(request.serials());
        List<CertificateRequest> certs = request.certificates() == null ? List.of() : request.certificates();
        Set<String> seen = new HashSet<>();
        for (CertificateRequest cert : certs) {
            if (!seen.add(cert.issuer().strip() + "\n" + cert.number().strip())) {
                throw ApiException.badRequest("certificates", "certificate " + cert.number().strip() + " of "
                        + cert.issuer().strip() + " is listed twice");
            }
        }
        deliveries.listingAny(supplierId, serials).ifPresent(earlier -> {
            String serial = serials.stream().filter(earlier.serials::contains).findFirst().orElseThrow();
            throw ApiException.conflict("Serial " + serial + " was already delivered by this supplier in delivery "
                    + earlier.id + " (contract " + earlier.contractNumber + ", " + earlier.deliveryDate
                    + "); a camera is delivered once, so this delivery was not recorded");
        });
        Delivery delivery = new Delivery();
        delivery.supplierId = supplierId;
        delivery.contractNumber = request.contractNumber().strip();
        delivery.deliveryDate = request.deliveryDate();
        delivery.declaredOrigin = request.declaredOrigin();
        delivery.serials = new ArrayList<>(serials);
        deliveries.persistAndFlush(delivery);
        List<Certificate> stored = new ArrayList<>();
        for (CertificateRequest cert : certs) {
            stored.add(persist(delivery, cert));
        }
        certificates.flush();
        return DeliveryView.of(delivery, stored);
    }

    @Transactional
    public CertificateView addCertificate(UUID deliveryId, CertificateRequest request) {
        Delivery delivery = require(deliveryId);
        if (certificates.taken(deliveryId, request.issuer().strip(), request.number().strip())) {
            throw ApiException.conflict("Delivery " + deliveryId + " already has certificate " + request.number().strip()
                    + " of " + request.issuer().strip());
        }
        Certificate certificate = persist(delivery, request);
        certificates.flush();
        return CertificateView.of(certificate);
    }

    @Transactional
    public DeliveryView get(UUID deliveryId) {
        Delivery delivery = require(deliveryId);
        return DeliveryView.of(delivery, certificates.ofDelivery(deliveryId));
    }

    @Transactional
    public DeliveryView getOfSupplier(UUID supplierId, UUID deliveryId) {
        DeliveryView view = get(deliveryId);
        if (!view.supplierId().equals(supplierId)) {
            throw ApiException.notFound("Delivery", deliveryId + " of supplier " + supplierId);
        }
        return view;
    }

    @Transactional
    public CertificateView certificate(UUID deliveryId, UUID certificateId) {
        require(deliveryId);
        return certificates.findByIdOptional(certificateId).filter(c -> c.deliveryId.equals(deliveryId))
                .map(CertificateView::of)
                .orElseThrow(() -> ApiException.notFound("Certificate", certificateId + " of delivery " + deliveryId));
    }

    @Transactional
    public Page<DeliveryView> list(UUID supplierId, String contractNumber, PageRequest page) {
        requireSupplier(supplierId);
        Filter filter = new Filter().eq("supplierId", supplierId)
                .eq("contractNumber", contractNumber == null || contractNumber.isBlank() ? null : contractNumber.strip());
        Page<Delivery> found = Paging.page(deliveries, filter, page, d -> d.id, d -> d);
        List<Certificate> certs = certificates.ofDeliveries(found.items().stream().map(d -> d.id).toList());
        return new Page<>(found.items().stream()
                .map(d -> DeliveryView.of(d, certs.stream().filter(c -> c.deliveryId.equals(d.id)).toList())).toList(),
                found.nextCursor(), found.total());
    }

    /** Every delivery of a supplier with its certificates, for a scan. */
    @Transactional
    public List<DeliveryView> allOf(UUID supplierId) {
        List<Delivery> all = deliveries.list("supplierId = ?1 order by id", supplierId);
        List<Certificate> certs = certificates.ofDeliveries(all.stream().map(d -> d.id).toList());
        return all.stream().map(d -> DeliveryView.of(d, certs.stream().filter(c -> c.deliveryId.equals(d.id)).toList()))
                .toList();
    }

    /** Called inside the transaction that records the check's findings. */
    public void markChecked(List<UUID> deliveryIds, Instant at) {
        if (!deliveryIds.isEmpty()) {
            deliveries.update("lastCheckedAt = ?1 where id in ?2", at, deliveryIds);
        }
    }

    private Certificate persist(Delivery delivery, CertificateRequest request) {
        Certificate certificate = new Certificate();
        certificate.deliveryId = delivery.id;
        certificate.issuer = request.issuer().strip();
        certificate.number = request.number().strip();
        certificate.issueDate = request.issueDate();
        certificate.claimedOrigin = request.claimedOrigin() == null ? delivery.declaredOrigin : request.claimedOrigin();
        certificate.documentSha256 = request.documentSha256().toLowerCase(Locale.ROOT);
        certificates.persist(certificate);
        return certificate;
    }

    /**
     * The serials, stripped, each one inventory could register ({@link Serials}): a serial it refuses would make
     * every later check of the delivery ask inventory something it answers with 400. 400 names each misfit.
     */
    private static List<String> distinctSerials(List<String> serials) {
        List<Problem.FieldError> misfits = new ArrayList<>();
        for (int i = 0; i < serials.size(); i++) {
            String serial = serials.get(i).strip();
            if (!Serials.valid(serial)) {
                misfits.add(new Problem.FieldError("serials[" + i + "]", "'" + Echo.of(serial, Serials.MAX) + "' is not a serial inventory registers: 1 to "
                        + Serials.MAX + " letters, digits or . _ / -, starting with a letter or digit (no spaces or control characters)"));
            }
        }
        if (!misfits.isEmpty()) {
            List<Problem.FieldError> shown = misfits.subList(0, Math.min(misfits.size(), MAX_SERIAL_ERRORS));
            throw new ApiException(400, "validation", "Invalid request",
                    shown.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "))
                            + (misfits.size() > shown.size() ? "; and " + (misfits.size() - shown.size()) + " more" : ""),
                    shown);
        }
        Set<String> distinct = new LinkedHashSet<>();
        for (String serial : serials) {
            if (!distinct.add(serial.strip())) {
                throw ApiException.badRequest("serials", "serial " + serial.strip() + " is listed twice");
            }
        }
        return List.copyOf(distinct);
    }

    private void requireSupplier(UUID supplierId) {
        if (!suppliers.exists(supplierId)) {
            throw ApiException.notFound("Supplier", supplierId);
        }
    }

    private Delivery require(UUID id) {
        return deliveries.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("Delivery", id));
    }
}
