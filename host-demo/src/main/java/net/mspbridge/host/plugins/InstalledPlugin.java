package net.mspbridge.host.plugins;

import java.util.List;

/**
 * A plugin that loaded and started.
 *
 * @param id              the plugin id from its descriptor
 * @param version         its version
 * @param provider        who made it
 * @param description     what it does
 * @param extensionPoints the simple names of the extension points it implements
 */
public record InstalledPlugin(String id, String version, String provider, String description, List<String> extensionPoints) {

    public InstalledPlugin {
        extensionPoints = List.copyOf(extensionPoints);
    }
}
