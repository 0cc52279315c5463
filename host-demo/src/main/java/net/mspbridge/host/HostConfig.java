package net.mspbridge.host;

import java.net.URISyntaxException;
import java.nio.file.Path;

/**
 * Where the host keeps its data, where it finds plugins, and the port it listens on.
 *
 * @param dataDir    the data folder (database, keys, sandbox state)
 * @param pluginsDir the plugins folder
 * @param port       the HTTP port on 127.0.0.1; 0 for any free port
 */
public record HostConfig(Path dataDir, Path pluginsDir, int port) {

    public HostConfig {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--port must be between 0 and 65535, not " + port);
        }
    }

    /**
     * The plugins folder that the build fills next to the host's jar ({@code target/plugins}), found
     * from where this class was loaded, so the default works from any working folder. Running from
     * a classes folder ({@code target/classes}) gives the same place.
     */
    public static Path defaultPluginsDir() {
        try {
            Path codeSource = Path.of(HostConfig.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path parent = codeSource.getParent();
            return parent == null ? Path.of("plugins") : parent.resolve("plugins");
        } catch (URISyntaxException | SecurityException e) {
            return Path.of("plugins");
        }
    }
}
