package net.mspbridge.host.db;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The host's H2 database, a single file {@code host.mv.db} in the data folder, migrated to the
 * current schema when opened.
 *
 * <p>Opened in H2's automatic mixed mode ({@code AUTO_SERVER}): the first process to open the
 * file serves it to later ones over a TCP socket, so a command-line {@code bill} works while the
 * host serves its pages. H2 binds that socket to every interface unless told otherwise; this
 * class sets {@code h2.bindAddress} to 127.0.0.1 before H2 is first loaded so it stays on
 * loopback, like the rest of the host.
 *
 * <p>Its files ({@code host.mv.db}, {@code host.lock.db}) are made owner-only as soon as it is
 * open ({@link PrivateFiles}); H2's trace file is turned off.
 *
 * <p>Every commit is written to the file before it returns ({@code WRITE_DELAY=0}), so a host
 * killed right after a write keeps it. Files are accessed asynchronously ({@code async:}), so a
 * thread interrupted while it uses the database (a plugin's run cut off by the host) does not
 * close it for everyone. Thread-safe: connections come from a small pool.
 */
public final class Database implements AutoCloseable {

    static {
        // Must happen before any H2 class reads its system properties.
        if (System.getProperty("h2.bindAddress") == null) {
            System.setProperty("h2.bindAddress", "127.0.0.1");
        }
    }

    private static final int MAX_CONNECTIONS = 8;
    private static final String FILE_NAME = "host";

    private final JdbcConnectionPool pool;
    private final Path file;
    private volatile boolean closed;

    private Database(JdbcConnectionPool pool, Path file) {
        this.pool = pool;
        this.file = file;
    }

    /**
     * Opens (creating when missing) the database in the data folder and migrates it.
     *
     * @param dataDir an existing data folder
     * @throws DatabaseException when the file cannot be opened or migrated; the message says why
     */
    public static Database open(Path dataDir) {
        Path base = dataDir.toAbsolutePath().normalize().resolve(FILE_NAME);
        // "async:" file access: an interrupted thread (a plugin cut off by the host) must not close the
        // database, which plain FileChannel access does on interrupt.
        // No trace file (TRACE_LEVEL_FILE=0): H2 would create host.trace.db whenever it meets an error, with the
        // process's default mode; its errors reach the host as exceptions and are logged there.
        String url = "jdbc:h2:async:" + base + ";AUTO_SERVER=TRUE;WRITE_DELAY=0;LOCK_TIMEOUT=10000;TRACE_LEVEL_FILE=0";
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "host", "");
        pool.setMaxConnections(MAX_CONNECTIONS);
        try {
            Flyway.configure()
                    .dataSource(pool)
                    .locations("classpath:db/migration")
                    .failOnMissingLocations(true)
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            pool.dispose();
            throw new DatabaseException("cannot open the host database " + base + ".mv.db: " + rootMessage(e)
                    + " (is the data folder readable and writable, and was it written by this host?)", e);
        }
        // H2 creates its files with the process's default mode (often 644): make them owner-only at once.
        for (String suffix : new String[] {".mv.db", ".lock.db", ".trace.db"}) {
            PrivateFiles.secureCreatedFile(Path.of(base + suffix));
        }
        return new Database(pool, Path.of(base + ".mv.db"));
    }

    /** The database file, for tests and diagnostics. */
    public Path file() {
        return file;
    }

    /**
     * Runs read-only or single-statement work with auto-commit.
     *
     * @throws DatabaseException when the database fails
     */
    public <T> T read(SqlWork<T> work) {
        try (Connection connection = connection()) {
            return work.apply(connection);
        } catch (SQLException e) {
            throw new DatabaseException("the host database failed: " + e.getMessage(), e);
        }
    }

    /**
     * Runs work in one transaction: committed when it returns, rolled back when it throws. An
     * unchecked exception thrown by the work is rethrown as it is, after the rollback.
     *
     * @throws DatabaseException when the database fails
     */
    public <T> T transaction(SqlWork<T> work) {
        try (Connection connection = connection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.apply(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new DatabaseException("the host database failed: " + e.getMessage(), e);
        }
    }

    private Connection connection() throws SQLException {
        if (closed) {
            throw new DatabaseException("the host database " + file + " is closed (the host is stopping)");
        }
        try {
            return pool.getConnection();
        } catch (IllegalStateException e) {
            // The pool was disposed between the check above and here.
            throw new DatabaseException("the host database " + file + " is closed (the host is stopping)", e);
        }
    }

    /** Closes the pool; the database file is closed when its last connection is. Idempotent. */
    @Override
    public void close() {
        closed = true;
        pool.dispose();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
