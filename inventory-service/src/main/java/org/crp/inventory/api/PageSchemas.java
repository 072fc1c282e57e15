package org.crp.inventory.api;

import java.util.List;

import org.crp.inventory.device.DeviceDtos.DeviceView;
import org.crp.inventory.history.History.HistoryView;
import org.crp.inventory.inspection.InspectionService.InspectionView;
import org.crp.inventory.network.NetworkService.ObservationView;
import org.crp.inventory.provenance.OuiDtos.VersionView;
import org.crp.inventory.provenance.WatchlistDtos.WatchlistView;
import org.crp.inventory.site.SiteDtos.SiteView;
import org.crp.inventory.zone.ZoneDtos.ZoneView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The shapes of {@code Page<T>} answers for the OpenAPI document only: an {@code @APIResponse}
 * with an example needs a concrete class for its schema, and a generic record has none.
 */
public final class PageSchemas {
    private PageSchemas() {
    }

    /** What every page has besides its items. */
    public abstract static class Paged {
        @Schema(description = "Pass as cursor= for the next page; absent on the last page")
        public String nextCursor;
        @Schema(description = "How many items match, when total=true was asked")
        public Long total;
    }

    @Schema(name = "DevicePage")
    public static final class Devices extends Paged {
        public List<DeviceView> items;
    }

    @Schema(name = "SitePage")
    public static final class Sites extends Paged {
        public List<SiteView> items;
    }

    @Schema(name = "ZonePage")
    public static final class Zones extends Paged {
        public List<ZoneView> items;
    }

    @Schema(name = "HistoryPage")
    public static final class Histories extends Paged {
        public List<HistoryView> items;
    }

    @Schema(name = "InspectionPage")
    public static final class Inspections extends Paged {
        public List<InspectionView> items;
    }

    @Schema(name = "ObservationPage")
    public static final class Observations extends Paged {
        public List<ObservationView> items;
    }

    @Schema(name = "WatchlistPage")
    public static final class Watchlist extends Paged {
        public List<WatchlistView> items;
    }

    @Schema(name = "RegistryVersionPage")
    public static final class RegistryVersions extends Paged {
        public List<VersionView> items;
    }
}
