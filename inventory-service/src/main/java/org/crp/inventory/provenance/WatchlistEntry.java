package org.crp.inventory.provenance;

import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.crp.common.persistence.BaseEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An entity whose equipment is covered by law, such as Hikvision, with the name variants under
 * which it appears in the IEEE registry and on paperwork. See {@link WatchlistMatcher} for how
 * terms match.
 */
@Entity
@Table(name = "watchlist_entry")
public class WatchlistEntry extends BaseEntity {
    public String name;
    /** The parent company when the entry is a subsidiary or affiliate listed on its own. */
    @Column(name = "affiliate_of")
    public String affiliateOf;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "match_terms")
    public List<String> matchTerms;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "exclude_terms")
    public List<String> excludeTerms;
    /** Names of {@link CoveringList} constants. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> lists;
    public String notes;
    public boolean active;
}
