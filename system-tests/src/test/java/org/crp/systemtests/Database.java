package org.crp.systemtests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/** Read-only looks into the stack's database with psql, the way {@link Stack} reaches PostgreSQL. */
public final class Database {

    private Database() {
    }

    /**
     * Every table of the given schemas with its row count and a hash of its whole content, so that two
     * snapshots are equal exactly when no row was added, removed or changed.
     */
    public static Map<String, String> snapshot(List<String> schemas) {
        String inList = schemas.stream().map(s -> "'" + s + "'").collect(Collectors.joining(","));
        List<String> tables = query("select table_schema || '.' || table_name from information_schema.tables "
                + "where table_schema in (" + inList + ") and table_type = 'BASE TABLE' order by 1");
        if (tables.isEmpty()) {
            throw new IllegalStateException("no tables in " + schemas);
        }
        String sql = tables.stream().map(table -> "select '" + table + "' || ' ' || count(*) || ' ' || "
                + "coalesce(md5(string_agg(t::text, '' order by t::text)), '-') from " + table + " t")
                .collect(Collectors.joining(" union all "));
        Map<String, String> snapshot = new TreeMap<>();
        for (String line : query(sql)) {
            int space = line.indexOf(' ');
            snapshot.put(line.substring(0, space), line.substring(space + 1));
        }
        return snapshot;
    }

    static List<String> query(String sql) {
        ProcessBuilder builder = new ProcessBuilder(List.of("psql",
                "-h", System.getenv().getOrDefault("CRP_DB_HOST", "127.0.0.1"),
                "-p", System.getenv().getOrDefault("CRP_DB_PORT", "5432"),
                "-U", System.getenv().getOrDefault("CRP_DB_USER", "postgres"), "-d", Stack.DATABASE,
                "-v", "ON_ERROR_STOP=1", "-At", "-c", sql)).redirectError(ProcessBuilder.Redirect.INHERIT);
        try {
            Process process = builder.start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("psql failed: " + sql);
            }
            return out.lines().filter(line -> !line.isBlank()).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
