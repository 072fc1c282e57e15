package org.crp.inventory.risk;

import static io.restassured.RestAssured.given;
import static org.crp.inventory.Fixtures.PM;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.crp.inventory.Fixtures;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * Another replica is simulated as the poller tests of the provenance feature do: by writing its change straight into
 * the database, where this replica's memory does not see it until it polls. A camera scored with the old lists is
 * written the same way, so that only the poll can put it right.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class ScoringPollerTest {

    @Inject
    ScoringPoller poller;
    @Inject
    DataSource dataSource;

    /** A camera of a maker no list covers yet, in service in a zone of criticality 3: score 0 until its maker is covered. */
    static String camera(String maker) {
        String site = Fixtures.site();
        Map<String, Object> body = Fixtures.device(site, Fixtures.zone(site, 3), "02:CD:02");
        body.put("declaredManufacturer", maker);
        String id = Fixtures.register(body);
        given().auth().oauth2(PM).when().get("/api/inventory/devices/{id}", id).then()
                .body("riskScore", equalTo(0), "status", equalTo("IN_SERVICE"));
        return id;
    }

    static String maker() {
        return "Replica Maker " + UUID.randomUUID().toString().substring(0, 8);
    }

    void sql(String statement, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(statement)) {
            for (int i = 0; i < parameters.length; i++) {
                update.setObject(i + 1, parameters[i]);
            }
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Another replica adds a watchlist entry (the triggers bump the scoring revision in the same transaction). */
    UUID coverOnAnotherReplica(String maker) {
        UUID entry = UUID.randomUUID();
        sql("insert into watchlist_entry (id, name, match_terms, exclude_terms, lists, active, created_at, updated_at, version)"
                + " values (?, ?, array[?]::varchar[], array[]::varchar[], array['NDAA_889']::varchar[], true, now(), now(), 0)",
                entry, maker, maker);
        sql("update provenance_revision set revision = revision + 1 where name = 'watchlist'");
        return entry;
    }

    void uncoverOnAnotherReplica(UUID entry) {
        sql("delete from watchlist_entry where id = ?", entry);
        sql("update provenance_revision set revision = revision + 1 where name = 'watchlist'");
        poller.poll(null, false);
    }

    @Test
    void aChangeWhoseFullRescoreNeverFinishedIsRescoredInFullByThePollOfAnyReplica() {
        String maker = maker();
        String id = camera(maker);
        // the replica that made the change stopped before its re-score got to this camera, written long before
        UUID entry = coverOnAnotherReplica(maker);
        sql("update device set updated_at = now() - interval '1 day' where id = ?", UUID.fromString(id));
        ScoringPoller.Revision before = poller.read();
        assertTrue(before.rescored() < before.revision(), before.toString());
        try {
            poller.poll(null, false);

            given().auth().oauth2(PM).when().get("/api/inventory/devices/{id}", id).then()
                    .body("riskReasons.code", hasItem("COVERED_MANUFACTURER"),
                            "status", equalTo("FLAGGED"));
            given().auth().oauth2(PM).when().get("/api/inventory/devices/{id}/history", id).then()
                    .body("items.findAll { it.action == 'RISK_ASSESSED' }.subject", hasItem("risk-engine"));
            ScoringPoller.Revision after = poller.read();
            assertEquals(after.revision(), after.rescored(), "the full re-score is recorded as finished");
        } finally {
            uncoverOnAnotherReplica(entry);
        }
        given().auth().oauth2(PM).when().get("/api/inventory/devices/{id}", id).then().body("riskScore", equalTo(0));
    }

    @Test
    void aCameraThisReplicaWroteWithTheOldListsIsRescoredWhenItsPollLoadsAChangeMadeElsewhere() {
        poller.poll(null, false); // this replica is up to date
        String maker = maker();
        String id = camera(maker);
        // the other replica changes the watchlist and finishes its full re-score; this replica, not yet polled, then
        // writes the camera with its old lists: score 0 where the new ones give HIGH
        UUID entry = coverOnAnotherReplica(maker);
        sql("update scoring_revision set rescored_revision = revision, rescored_at = now()");
        sql("update device set updated_at = now() where id = ?", UUID.fromString(id));
        try {
            poller.poll(null, false);

            given().auth().oauth2(PM).when().get("/api/inventory/devices/{id}", id).then()
                    .body("riskReasons.code", hasItem("COVERED_MANUFACTURER"),
                            "status", equalTo("FLAGGED"));
        } finally {
            uncoverOnAnotherReplica(entry);
        }
    }
}
