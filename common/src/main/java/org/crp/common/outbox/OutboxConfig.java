package org.crp.common.outbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How an outbox relay delivers: rows per run, and the exponential backoff between attempts. */
@ConfigMapping(prefix = "crp.outbox")
public interface OutboxConfig {
    @WithDefault("20")
    int batchSize();

    @WithDefault("PT1S")
    Duration initialBackoff();

    @WithDefault("PT5M")
    Duration maxBackoff();
}
