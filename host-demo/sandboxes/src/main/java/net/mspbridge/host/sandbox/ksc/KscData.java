package net.mspbridge.host.sandbox.ksc;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A KSC directory held as lists: the demo data, and what the sandbox persists
 * ({@code sandbox/ksc.json}). Immutable.
 *
 * @param hosts virtual server id -> its hosts
 * @param keys  virtual server id -> its keys
 */
public record KscData(List<VServer> virtualServers, Map<Long, List<KscDevice>> hosts,
                      Map<Long, List<LicenseKey>> keys) implements KscDirectory {

    /**
     * @throws IllegalArgumentException when names or host ids repeat, or a host names a key its
     *                                  virtual server does not have
     */
    public KscData {
        virtualServers = List.copyOf(virtualServers);
        hosts = copy(hosts);
        keys = copy(keys);
        Set<String> names = new HashSet<>();
        Set<Long> ids = new HashSet<>();
        Set<String> hostnames = new HashSet<>();
        for (VServer vs : virtualServers) {
            require(names.add(vs.name()) && ids.add(vs.id()), "two virtual servers share the id " + vs.id() + " or the name " + vs.name());
            Set<String> serials = keys.getOrDefault(vs.id(), List.of()).stream().map(LicenseKey::serial).collect(Collectors.toSet());
            for (KscDevice host : hosts.getOrDefault(vs.id(), List.of())) {
                require(hostnames.add(host.hostname()), "two hosts share the hostname " + host.hostname());
                require(host.licenseSerial() == null || serials.contains(host.licenseSerial()),
                        "host " + host.displayName() + " uses key " + host.licenseSerial() + ", which virtual server " + vs.name() + " does not have");
                require(host.reserveSerial() == null || serials.contains(host.reserveSerial()),
                        "host " + host.displayName() + " holds reserve key " + host.reserveSerial() + ", which virtual server " + vs.name() + " does not have");
            }
        }
        require(ids.containsAll(hosts.keySet()) && ids.containsAll(keys.keySet()), "hosts or keys name a virtual server that does not exist");
    }

    @Override
    public int hostCount(long virtualServerId) {
        return hosts.getOrDefault(virtualServerId, List.of()).size();
    }

    @Override
    public KscDevice host(long virtualServerId, int index) {
        return hosts.get(virtualServerId).get(index);
    }

    @Override
    public Optional<KscDevice> hostByName(long virtualServerId, String hostname) {
        return hosts.getOrDefault(virtualServerId, List.of()).stream().filter(h -> h.hostname().equals(hostname)).findFirst();
    }

    @Override
    public List<LicenseKey> keys(long virtualServerId) {
        return keys.getOrDefault(virtualServerId, List.of());
    }

    @Override
    public Iterator<KscDevice> keyHosts(long virtualServerId, String serial) {
        return hosts.getOrDefault(virtualServerId, List.of()).stream().filter(h -> h.uses(serial)).iterator();
    }

    @Override
    public int keyHostCount(long virtualServerId, String serial) {
        return (int) hosts.getOrDefault(virtualServerId, List.of()).stream().filter(h -> h.uses(serial)).count();
    }

    private static <T> Map<Long, List<T>> copy(Map<Long, List<T>> map) {
        Map<Long, List<T>> copy = new HashMap<>();
        map.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        return Map.copyOf(copy);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException("KSC sandbox data: " + message);
        }
    }
}
