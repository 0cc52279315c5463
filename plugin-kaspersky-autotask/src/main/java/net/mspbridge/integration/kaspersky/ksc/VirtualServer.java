package net.mspbridge.integration.kaspersky.ksc;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import net.mspbridge.integration.kaspersky.KasperskyCustomer;

/**
 * A virtual server of the Administration Server: one MSP customer.
 *
 * @param id      {@code KLVSRV_ID}
 * @param name    {@code KLVSRV_DN}, the display name a session binds to
 * @param enabled {@code KLVSRV_ENABLED}
 */
record VirtualServer(long id, String name, boolean enabled) {

    KasperskyCustomer customer() {
        return new KasperskyCustomer(Long.toString(id), name);
    }

    /** Reads every virtual server with {@code VServers.GetVServers} on a main-server session. */
    static List<VirtualServer> list(KscSession session) {
        String method = "VServers.GetVServers";
        Reply reply = session.call(method, Map.of("lParentGroup", -1));
        JsonNode items = reply.field("PxgRetVal").orElse(null);
        List<VirtualServer> servers = new ArrayList<>();
        if (items == null) {
            return servers;
        }
        if (!items.isArray()) {
            throw Calls.notApi(method, 200, null);
        }
        for (JsonNode item : items) {
            JsonNode params = KscValues.unwrap(item);
            long id = KscValues.number(params, "KLVSRV_ID").orElseThrow(() -> Calls.notApi(method, 200, null));
            String name = KscValues.text(params, "KLVSRV_DN").orElse("Virtual server " + id);
            boolean enabled = KscValues.field(params, "KLVSRV_ENABLED").isEmpty()
                    || KscValues.flag(params, "KLVSRV_ENABLED");
            servers.add(new VirtualServer(id, name, enabled));
        }
        return servers;
    }
}
