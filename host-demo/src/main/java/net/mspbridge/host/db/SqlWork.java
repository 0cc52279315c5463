package net.mspbridge.host.db;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Work done with one connection, inside {@link Database#read} or {@link Database#transaction}.
 *
 * @param <T> what the work returns
 */
@FunctionalInterface
public interface SqlWork<T> {

    T apply(Connection connection) throws SQLException;
}
