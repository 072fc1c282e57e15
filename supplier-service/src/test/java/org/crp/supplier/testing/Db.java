package org.crp.supplier.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

/** Counts rows straight in the database, to show what a request wrote or did not write. */
public final class Db {

    private Db() {
    }

    public static long count(DataSource dataSource, String sql, Object... params) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static long findings(DataSource dataSource, String supplierId) {
        return count(dataSource, "select count(*) from supplier.finding where supplier_id = ?::uuid", supplierId);
    }
}
