package net.mspbridge.host.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import net.mspbridge.host.fake.HoldDatabase;

class DatabaseTest {

    @Test
    void freshFolderGetsTheWholeSchemaAndReopeningKeepsData(@TempDir Path dataDir) {
        try (Database db = Database.open(dataDir)) {
            assertThat(tables(db)).contains("PLUGIN_SETTINGS", "PLUGIN_SECRET", "PLUGIN_STORE", "BILLING_RUN",
                    "RUN_LEASE", "BILLING_SCHEDULE", "INVENTORY_CUSTOMER", "INVENTORY_DEVICE", "ADMIN_ACCOUNT");
            db.transaction(c -> c.createStatement().executeUpdate(
                    "INSERT INTO host_meta (meta_key, meta_value) VALUES ('probe', 'kept')"));
        }
        try (Database db = Database.open(dataDir)) {
            String value = db.read(c -> {
                try (ResultSet rs = c.createStatement().executeQuery(
                        "SELECT meta_value FROM host_meta WHERE meta_key = 'probe'")) {
                    rs.next();
                    return rs.getString(1);
                }
            });
            assertThat(value).isEqualTo("kept");
            assertThat(db.file()).isRegularFile().hasFileName("host.mv.db");
        }
    }

    @Test
    void sharedModeServesOtherProcessesOnLoopbackOnly(@TempDir Path dataDir) throws IOException {
        try (Database db = Database.open(dataDir)) {
            Properties lock = new Properties();
            try (InputStream in = Files.newInputStream(dataDir.resolve("host.lock.db"))) {
                lock.load(in);
            }
            String server = lock.getProperty("server");
            String host = server.substring(0, server.lastIndexOf(':'));
            int port = Integer.parseInt(server.substring(server.lastIndexOf(':') + 1));
            assertThat(InetAddress.getByName(host).isLoopbackAddress()).as(server).isTrue();
            assertThat(connects(InetAddress.getLoopbackAddress(), port)).isTrue();
            for (InetAddress external : nonLoopbackAddresses()) {
                assertThat(connects(external, port)).as("reachable on " + external).isFalse();
            }
        }
    }

    private static boolean connects(InetAddress address, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 2000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static List<InetAddress> nonLoopbackAddresses() throws IOException {
        List<InetAddress> addresses = new ArrayList<>();
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                if (!address.isLoopbackAddress() && address instanceof Inet4Address) {
                    addresses.add(address);
                }
            }
        }
        return addresses;
    }

    @Test
    void whenTheProcessServingTheFileDiesAnotherProcessTakesOver(@TempDir Path dataDir) throws Exception {
        Process first = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HoldDatabase.class.getName(), dataDir.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(first.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).isEqualTo("open");
            try (Database second = Database.open(dataDir)) {
                second.transaction(c -> c.createStatement().executeUpdate(
                        "INSERT INTO host_meta (meta_key, meta_value) VALUES ('before', 'x')"));

                first.destroyForcibly();
                assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();

                second.transaction(c -> c.createStatement().executeUpdate(
                        "INSERT INTO host_meta (meta_key, meta_value) VALUES ('after', 'y')"));
                int rows = second.read(c -> {
                    try (ResultSet rs = c.createStatement().executeQuery(
                            "SELECT COUNT(*) FROM host_meta WHERE meta_key IN ('before', 'after')")) {
                        rs.next();
                        return rs.getInt(1);
                    }
                });
                assertThat(rows).isEqualTo(2);
            }
        } finally {
            first.destroyForcibly();
        }
    }

    @Test
    void transactionRollsBackWhenTheWorkThrows(@TempDir Path dataDir) {
        try (Database db = Database.open(dataDir)) {
            assertThatThrownBy(() -> db.transaction(c -> {
                c.createStatement().executeUpdate("INSERT INTO host_meta (meta_key, meta_value) VALUES ('half', 'x')");
                throw new IllegalStateException("boom");
            })).isInstanceOf(IllegalStateException.class).hasMessage("boom");

            int count = db.read(c -> {
                try (ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM host_meta WHERE meta_key = 'half'")) {
                    rs.next();
                    return rs.getInt(1);
                }
            });
            assertThat(count).isZero();
        }
    }

    @Test
    void aFileThatIsNotADatabaseIsRefusedWithTheFileNamed(@TempDir Path dataDir) throws IOException {
        Files.writeString(dataDir.resolve("host.mv.db"), "this is not an H2 file");

        assertThatThrownBy(() -> Database.open(dataDir))
                .isInstanceOf(DatabaseException.class)
                .hasMessageContaining("host.mv.db");
    }

    private static List<String> tables(Database db) {
        return db.read(c -> {
            List<String> names = new ArrayList<>();
            try (ResultSet rs = c.getMetaData().getTables(null, "PUBLIC", "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    names.add(rs.getString("TABLE_NAME"));
                }
            }
            return names;
        });
    }
}
