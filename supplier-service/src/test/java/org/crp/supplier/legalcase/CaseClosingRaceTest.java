package org.crp.supplier.legalcase;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.crp.supplier.Fixtures.LEGAL;
import static org.crp.supplier.Fixtures.openCase;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.crp.supplier.testing.Db;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

/**
 * A deadline, an evidence item or a cost racing a closing of its case: the write reads the case under a share lock,
 * so it waits for a closing that holds the case row and then finds the case CLOSED, instead of landing on it.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class CaseClosingRaceTest {

    @Inject
    DataSource dataSource;

    record Write(String path, Map<String, Object> body, String table) {
    }

    @Test
    void aWriteWaitsForAClosingInProgressAndThenFindsTheCaseClosed() throws Exception {
        List<Write> writes = List.of(
                new Write("deadlines", Map.of("kind", "FILING", "dueDate",
                        LocalDate.now(ZoneOffset.UTC).plusDays(20).toString()), "case_deadline"),
                new Write("evidence", Map.of("kind", "NETWORK_LOG", "description", "capture of port 443 traffic"),
                        "evidence_item"),
                new Write("damages/costs", Map.of("description", "forensic teardown", "amount", 100, "currency", "KRW",
                        "incurredOn", "2025-02-14"), "investigation_cost"));
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            for (Write write : writes) {
                String caseId = openCase();
                Future<Integer> status;
                try (Connection closing = dataSource.getConnection()) {
                    closing.setAutoCommit(false);
                    int closingPid = pid(closing);
                    // a closing in progress holds the case row, as a status change does until it commits
                    try (PreparedStatement lock = closing.prepareStatement(
                            "select id from supplier.legal_case where id = ?::uuid for update")) {
                        lock.setString(1, caseId);
                        lock.executeQuery().close();
                    }
                    status = pool.submit(() -> given().auth().oauth2(LEGAL).contentType(ContentType.JSON).body(write.body())
                            .when().post("/api/supplier/cases/{id}/" + write.path(), caseId).then().extract().statusCode());
                    // the write waits for the closing (its read of the case, or, were it to read without a lock, its
                    // insert, which checks the case row is still there) or is done already
                    await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(20))
                            .until(() -> status.isDone() || waitingFor(closingPid));
                    try (PreparedStatement close = closing.prepareStatement("update supplier.legal_case set status = 'CLOSED', "
                            + "version = version + 1 where id = ?::uuid")) {
                        close.setString(1, caseId);
                        assertEquals(1, close.executeUpdate());
                    }
                    closing.commit();
                }
                assertEquals(409, status.get(20, TimeUnit.SECONDS), write.path() + " landed on a case being CLOSED");
                assertEquals(0, Db.count(dataSource, "select count(*) from supplier." + write.table()
                        + " where case_id = ?::uuid", caseId), write.path());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static int pid(Connection connection) throws SQLException {
        try (PreparedStatement pid = connection.prepareStatement("select pg_backend_pid()");
                ResultSet rows = pid.executeQuery()) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private boolean waitingFor(int closingPid) {
        return Db.count(dataSource, "select count(*) from pg_stat_activity where ? = any(pg_blocking_pids(pid))",
                closingPid) > 0;
    }
}
