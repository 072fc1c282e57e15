package org.crp.inventory.site;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.crp.common.paging.Filter;
import org.crp.common.paging.Page;
import org.crp.common.paging.PageRequest;
import org.crp.common.paging.Paging;
import org.crp.common.problem.ApiException;
import org.crp.inventory.site.SiteDtos.SiteRequest;
import org.crp.inventory.site.SiteDtos.SiteView;

@ApplicationScoped
public class SiteService {

    private final SiteRepository sites;

    SiteService(SiteRepository sites) {
        this.sites = sites;
    }

    @Transactional
    public SiteView create(SiteRequest request) {
        if (sites.codeTaken(request.code())) {
            throw ApiException.conflict("A site with code " + request.code() + " already exists");
        }
        Site site = new Site();
        site.code = request.code();
        site.name = request.name().strip();
        site.region = request.region().strip();
        sites.persistAndFlush(site);
        return SiteView.of(site);
    }

    @Transactional
    public SiteView get(UUID id) {
        return SiteView.of(require(id));
    }

    @Transactional
    public Page<SiteView> list(List<String> regions, PageRequest page) {
        return Paging.page(sites, new Filter().in("region", regions), page, s -> s.id, SiteView::of);
    }

    /** For other features that must refer to an existing site. */
    public Site require(UUID id) {
        return sites.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("Site", id));
    }

    public boolean exists(UUID id) {
        return sites.count("id", id) > 0;
    }
}
