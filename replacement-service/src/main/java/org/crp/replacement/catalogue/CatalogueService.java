package org.crp.replacement.catalogue;

import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.crp.common.paging.Filter;
import org.crp.common.paging.Page;
import org.crp.common.paging.PageRequest;
import org.crp.common.paging.Paging;
import org.crp.common.problem.ApiException;
import org.crp.replacement.catalogue.CatalogueDtos.ModelRequest;
import org.crp.replacement.catalogue.CatalogueDtos.ModelView;
import org.crp.replacement.client.Inventory;
import org.crp.replacement.client.InventoryDtos.MatchAnswer;
import org.crp.replacement.client.InventoryRefusal;
import org.crp.replacement.vendor.VendorRepository;

import io.quarkus.narayana.jta.QuarkusTransaction;

@ApplicationScoped
public class CatalogueService {

    private final ReplacementModelRepository models;
    private final VendorRepository vendors;
    private final Inventory inventory;

    CatalogueService(ReplacementModelRepository models, VendorRepository vendors, Inventory inventory) {
        this.models = models;
        this.vendors = vendors;
        this.inventory = inventory;
    }

    /**
     * Adds a model to a vendor's catalogue. Inventory is asked first, outside any transaction: a camera
     * from a covered maker, or made in one of its countries of concern, would only repeat the problem being
     * fixed (422).
     */
    public ModelView create(UUID vendorId, ModelRequest request) {
        QuarkusTransaction.requiringNew().run(() -> requireVendor(vendorId));
        String manufacturer = request.manufacturer().strip();
        MatchAnswer match = ask("manufacturer", () -> inventory.watchlistMatch(manufacturer));
        if (match.covered()) {
            String by = match.match() == null ? "an entry" : "'" + match.match().name() + "'";
            throw ApiException.unprocessable("manufacturer", "'" + manufacturer + "' is covered by inventory's watchlist ("
                    + by + "); a covered maker's camera cannot replace a covered camera");
        }
        if (ask("countryOfOrigin", inventory::countriesOfConcern).contains(request.countryOfOrigin())) {
            throw ApiException.unprocessable("countryOfOrigin", request.countryOfOrigin()
                    + " is one of inventory's countries of concern; a replacement camera must be made elsewhere");
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            requireVendor(vendorId);
            if (models.taken(vendorId, manufacturer, request.model().strip())) {
                throw ApiException.conflict("Vendor " + vendorId + " already offers " + manufacturer + " "
                        + request.model().strip());
            }
            ReplacementModel model = new ReplacementModel();
            model.vendorId = vendorId;
            model.manufacturer = manufacturer;
            model.model = request.model().strip();
            model.countryOfOrigin = request.countryOfOrigin();
            model.unitCost = request.unitCost();
            model.installCost = request.installCost();
            model.leadTimeDays = request.leadTimeDays();
            models.persistAndFlush(model);
            return ModelView.of(model);
        });
    }

    @Transactional
    public ModelView get(UUID vendorId, UUID modelId) {
        requireVendor(vendorId);
        return models.findByIdOptional(modelId).filter(m -> m.vendorId.equals(vendorId)).map(ModelView::of)
                .orElseThrow(() -> ApiException.notFound("Model", modelId));
    }

    @Transactional
    public Page<ModelView> list(UUID vendorId, PageRequest page) {
        requireVendor(vendorId);
        return Paging.page(models, new Filter().eq("vendorId", vendorId), page, m -> m.id, ModelView::of);
    }

    private void requireVendor(UUID vendorId) {
        if (vendors.findByIdOptional(vendorId).isEmpty()) {
            throw ApiException.notFound("Vendor", vendorId);
        }
    }

    private static <T> T ask(String field, Supplier<T> question) {
        try {
            return question.get();
        } catch (InventoryRefusal e) {
            throw ApiException.unprocessable(field, "inventory refused to check it: " + e.getMessage());
        } catch (RuntimeException e) {
            throw Inventory.unavailable(e);
        }
    }
}
