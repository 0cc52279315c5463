package net.mspbridge.host.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import net.mspbridge.api.host.Secret;
import net.mspbridge.host.core.HostConfig;
import net.mspbridge.host.core.HostCore;
import net.mspbridge.host.ServedHost;
import net.mspbridge.host.fake.FakePlugin;

/**
 * Issue 19 point 3: every file of the data folder is its owner's only (600, folders 700), whoever
 * created it (the host, H2, the sandboxes), looser modes are fixed at start, and a start where they
 * cannot be fixed is refused.
 */
class PrivateFilesTest {

    private static HostConfig config(Path data) {
        return HostConfig.builder(data).pluginsDir(data.resolveSibling("plugins")).port(0)
                .adminPassword(Optional.of(Secret.of("private-files-admin"))).passwordHashCost(4).scheduler(false)
                .out(new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8)).build();
    }

    /** The mode of every file and folder under the data folder, by relative path; links left out. */
    private static Map<String, String> modes(Path data) throws IOException {
        Map<String, String> modes = new TreeMap<>();
        try (Stream<Path> all = Files.walk(data)) {
            for (Path path : all.toList()) {
                if (!Files.isSymbolicLink(path)) {
                    modes.put(data.relativize(path).toString() + (Files.isDirectory(path) ? "/" : ""),
                            PosixFilePermissions.toString(Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS)));
                }
            }
        }
        return modes;
    }

    private static void startAndStop(Path data) {
        try (ServedHost host = ServedHost.start(config(data), new FakePlugin().source(), true)) {
            assertThat(host.app().port()).isPositive();
        }
    }

    @Test
    void everyFileTheHostH2AndTheSandboxesCreateIsOwnerOnly(@TempDir Path dir) throws IOException {
        Path data = dir.resolve("data");
        try (ServedHost host = ServedHost.start(config(data), new FakePlugin().source(), true)) {
            // While it serves, with H2's lock file in place.
            assertThat(modes(data)).containsKeys("host.mv.db", "host.lock.db", "secret.key", "sandbox/",
                    "sandbox/credentials.json", "sandbox/autotask.json", "sandbox/ksc.json")
                    .allSatisfy((path, mode) -> assertThat(mode).as(path).isIn("rw-------", "rwx------"));
        }
        assertThat(modes(data)).doesNotContainKey("host.trace.db")
                .allSatisfy((path, mode) -> assertThat(mode).as(path).isIn("rw-------", "rwx------"));
    }

    @Test
    void aFolderRestoredWithLooserModesIsMadeOwnerOnlyAtStart(@TempDir Path dir) throws IOException {
        Path data = dir.resolve("data");
        startAndStop(data);
        Files.writeString(data.resolve("host.trace.db"), "left by an older version");
        try (Stream<Path> all = Files.walk(data)) {
            for (Path path : all.toList()) {
                Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(
                        Files.isDirectory(path) ? "rwxr-xr-x" : "rw-r--r--"));
            }
        }

        startAndStop(data);

        assertThat(modes(data)).containsKeys("host.mv.db", "host.trace.db", "sandbox/ksc-tls/")
                .allSatisfy((path, mode) -> assertThat(mode).as(path).isIn("rw-------", "rwx------"));
    }

    @Test
    void aFileWhosePermissionsCannotBeFixedStopsTheStartNamingTheFix(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        HostCore.createDataDir(data);
        Path stuck = data.resolve("host.mv.db");
        Files.writeString(stuck, "");
        Files.setPosixFilePermissions(stuck, PosixFilePermissions.fromString("rw-r--r--"));
        // An immutable file cannot change its mode, even for root (who runs these tests here).
        chattr("+i", stuck);
        try {
            assertThatThrownBy(() -> ServedHost.start(config(data), new FakePlugin().source(), true))
                    .isInstanceOf(DataFolderException.class)
                    .hasMessageContaining(stuck + " in the data folder is open to other users")
                    .hasMessageContaining("Run chmod 600 " + stuck);
        } finally {
            chattr("-i", stuck);
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(stuck))).isEqualTo("rw-r--r--");
    }

    private static void chattr(String flag, Path file) throws Exception {
        Process process = new ProcessBuilder(List.of("chattr", flag, file.toString())).redirectErrorStream(true).start();
        assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("chattr %s (run as root on ext4): %s", flag,
                new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isZero();
    }
}
