package org.crp.inventory.risk;

import java.util.List;
import java.util.Set;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The lists behind FOREIGN_CALLBACK. */
@ConfigMapping(prefix = "crp.inventory.risk")
public interface RiskConfig {

    /** ISO 3166-1 alpha-2 codes; a camera talking to any of them gets FOREIGN_CALLBACK at full weight. */
    @WithDefault("CN,HK,MO,RU,KP,IR")
    Set<String> countriesOfConcern();

    /** Destinations cameras may talk to: CIDR blocks or exact host names; anything else counts as unlisted. */
    @WithDefault("10.0.0.0/8,172.16.0.0/12,192.168.0.0/16,fc00::/7")
    List<String> allowedDestinations();
}
