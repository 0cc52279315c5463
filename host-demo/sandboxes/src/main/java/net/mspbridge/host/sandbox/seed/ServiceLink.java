package net.mspbridge.host.sandbox.seed;

import java.util.Objects;

/**
 * Which Autotask service an application (and device category) is billed to in the sandbox data:
 * what the Services panel should hold.
 *
 * @param applicationId the application's id in the plugin's catalog ({@code kes-windows}, {@code ksws}, ...)
 * @param category      the device category key ({@code windowsWorkstations}, {@code windowsServers},
 *                      {@code nonWindows}), or null for every category (per-user applications)
 */
public record ServiceLink(String applicationId, String category, long serviceId, String serviceName) {

    public ServiceLink {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(serviceName, "serviceName");
    }
}
