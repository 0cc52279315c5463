package net.mspbridge.host.sandbox.ksc;

/**
 * A KSC virtual server: one MSP customer. Served by {@code VServers.GetVServers} as
 * {@code KLVSRV_ID}, {@code KLVSRV_DN}, {@code KLVSRV_GRP}, {@code KLVSRV_ENABLED}; a session binds
 * to it by its name (base64 in {@code X-KSC-VServer}).
 */
public record VServer(long id, String name, long groupId, boolean enabled) {

    public VServer {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("virtual server " + id + " needs a name");
        }
    }
}
