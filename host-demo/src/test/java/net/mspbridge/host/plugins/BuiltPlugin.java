package net.mspbridge.host.plugins;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The plugin zip the build put in {@code target/plugins}, for tests that install it somewhere. */
public final class BuiltPlugin {

    public static final String ZIP_NAME = "kaspersky-autotask.zip";

    private BuiltPlugin() {
    }

    public static Path zip() {
        Path zip = Path.of("target", "plugins", ZIP_NAME);
        if (!Files.isRegularFile(zip)) {
            throw new IllegalStateException(zip.toAbsolutePath() + " is missing: run the tests through Maven"
                    + " (mvn verify), which builds the plugin and copies it there first");
        }
        return zip;
    }

    /** Copies the plugin zip into a plugins folder, as an administrator installs it. */
    public static Path installInto(Path pluginsDir) {
        try {
            Files.createDirectories(pluginsDir);
            return Files.copy(zip(), pluginsDir.resolve(ZIP_NAME), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
