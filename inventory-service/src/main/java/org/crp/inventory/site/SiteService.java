package org.crp.inventory.site;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.crp.common.paging.Filter;
import org.crp.common.paging.Page;
import org.crp.common.paging.PageRequest;
import org.crp.common.paging.Paging;
import org.crp.common.problem.ApiException;
import org.crp.common.web.ETags;
import org.crp.inventory.history.History;
import org.crp.inventory.site.SiteDtos.SiteRequest;
import org.crp.inventory.site.SiteDtos.SiteView;
import org.crp.inventory.zone.Zone;
import org.crp.inventory.zone.ZoneDtos.ZoneView;

@ApplicationScoped
public class SiteService {

    private final SiteRepository sites;
    private final EntityManager em;
    private final History history;

    SiteService(SiteRepository sites, EntityManager em, History history) {
        this.sites = sites;
        this.em = em;
        this.history = history;
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
    public SiteView update(UUID id, SiteRequest request, String ifMatch) {
        Site site = require(id);
        ETags.requireMatch(ifMatch, site.version);
        if (!site.code.equals(request.code()) && sites.codeTaken(request.code())) {
            throw ApiException.conflict("A site with code " + request.code() + " already exists");
        }
        site.code = request.code();
        site.name = request.name().strip();
        site.region = request.region().strip();
        sites.flush();
        return SiteView.of(site);
    }

    /** A site with devices stays; its empty zones go with it. */
    @Transactional
    public void delete(UUID id, String ifMatch) {
        Site site = require(id);
        ETags.requireMatch(ifMatch, site.version);
        long devices = em.createQuery("select count(d) from Device d where d.siteId = :site", Long.class)
                .setParameter("site", id).getSingleResult();
        if (devices > 0) {
            throw ApiException.conflict("Site " + site.code + " still has " + devices + " devices; move or remove them first");
        }
        // each zone's history ends with its deletion, as when a zone is deleted on its own
        for (Zone zone : em.createQuery("from Zone z where z.siteId = :site order by z.id", Zone.class)
                .setParameter("site", id).getResultList()) {
            history.record(History.ZONE, zone.id, "DELETED", History.snapshot(ZoneView.of(zone)));
        }
        em.createQuery("delete from Zone z where z.siteId = :site").setParameter("site", id).executeUpdate();
        sites.delete(site);
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
