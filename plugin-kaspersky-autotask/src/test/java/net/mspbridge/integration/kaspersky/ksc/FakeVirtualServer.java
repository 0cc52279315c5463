package net.mspbridge.integration.kaspersky.ksc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/** One virtual server of a {@link FakeKsc}: its hosts, its keys and the hosts using each key. */
public final class FakeVirtualServer {
    final long id;
    final String name;
    boolean enabled = true;
    FakeItems hosts = FakeItems.of(List.of());
    final List<JsonNode> keys = new ArrayList<>();
    final Map<String, FakeItems> keyHosts = new HashMap<>();

    FakeVirtualServer(long id, String name) {
        this.id = id;
        this.name = name;
    }

    public FakeVirtualServer hosts(FakeItems items) {
        this.hosts = items;
        return this;
    }

    public FakeVirtualServer hosts(JsonNode... items) {
        return hosts(FakeItems.of(List.of(items)));
    }

    public FakeVirtualServer key(JsonNode key, JsonNode... hostsUsingIt) {
        return key(key, FakeItems.of(List.of(hostsUsingIt)));
    }

    public FakeVirtualServer key(JsonNode key, FakeItems hostsUsingIt) {
        keys.add(key);
        keyHosts.put(KscValues.text(KscValues.unwrap(key), "KLLIC_SERIAL").orElseThrow(), hostsUsingIt);
        return this;
    }

    public FakeVirtualServer disabled() {
        this.enabled = false;
        return this;
    }

    /** Loads {@code /ksc/<dir>/hosts.json}, {@code keys.json} and {@code key-hosts.json}. */
    public FakeVirtualServer fixture(String dir) {
        hosts(FakeItems.of(KscWire.list(KscWire.read("/ksc/" + dir + "/hosts.json"))));
        JsonNode keyHostsFile = KscWire.read("/ksc/" + dir + "/key-hosts.json");
        for (JsonNode key : KscWire.read("/ksc/" + dir + "/keys.json")) {
            String serial = KscValues.text(KscValues.unwrap(key), "KLLIC_SERIAL").orElseThrow();
            JsonNode users = keyHostsFile.get(serial);
            key(key, FakeItems.of(users == null ? List.of() : KscWire.list(users)));
        }
        return this;
    }
}
