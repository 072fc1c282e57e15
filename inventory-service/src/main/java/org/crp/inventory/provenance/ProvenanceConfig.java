package org.crp.inventory.provenance;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the provenance feature; every one has a default, none needs to be set. */
@ConfigMapping(prefix = "crp.provenance")
public interface ProvenanceConfig {

    /**
     * How often a replica looks for registry versions and watchlist changes made by another
     * replica, and for re-scores left to do ({@code off} stops looking). Read by the risk engine's
     * {@code ScoringPoller} schedule, which also picks up the risk lists.
     */
    @WithDefault("60s")
    String pollEvery();

    /** The largest registry file an admin may upload; IEEE's MA-L file was about 3.5 MB in 2025. */
    @WithDefault("8M")
    MemorySize maxUploadSize();

    /**
     * The largest fraction of its blocks that an upload may drop from the registry in use before it
     * is refused as a probable mistake (truncated file, wrong registry) unless {@code force=true}.
     */
    @WithDefault("0.5")
    double maxShrink();
}
