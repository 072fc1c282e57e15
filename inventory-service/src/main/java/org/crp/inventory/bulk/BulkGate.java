package org.crp.inventory.bulk;

import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;

import org.crp.common.problem.ApiException;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;

/**
 * One bulk transfer (a CSV import or export) at a time per instance. A transfer holds a worker
 * thread for minutes, and the service keeps few of them (two per CPU for requests plus this one:
 * {@code quarkus.thread-pool.max-threads}), so that requests take turns on the CPU rather than all
 * share it at once. A second transfer is refused with 429 and Retry-After instead of taking the
 * threads that requests need.
 */
@ApplicationScoped
public class BulkGate {

    static final int RETRY_AFTER_SECONDS = 30;

    private final Semaphore slot = new Semaphore(1);
    private final CurrentVertxRequest request;

    BulkGate(CurrentVertxRequest request) {
        this.request = request;
    }

    /** Holds this instance's bulk slot until the current response has ended (or its connection closed). */
    public void enter(String what) {
        if (!slot.tryAcquire()) {
            throw ApiException.busy("This instance is running another CSV import or export; " + what
                    + " can start when it ends (a million rows take about a minute)", RETRY_AFTER_SECONDS);
        }
        AtomicBoolean held = new AtomicBoolean(true);
        request.getCurrent().addEndHandler(done -> {
            if (held.getAndSet(false)) {
                slot.release();
            }
        });
    }
}
