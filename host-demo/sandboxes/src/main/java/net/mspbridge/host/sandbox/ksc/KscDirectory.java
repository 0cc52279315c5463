package net.mspbridge.host.sandbox.ksc;

import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * What the KSC sandbox serves: virtual servers, their hosts and their keys. Hosts are read by
 * index, so a generated directory can serve hundreds of thousands of them without holding them
 * ({@link KscData} holds them as lists). Implementations are immutable and thread-safe.
 */
public interface KscDirectory {

    List<VServer> virtualServers();

    /** The number of hosts of a virtual server (0 for an unknown one). */
    int hostCount(long virtualServerId);

    /**
     * @param index 0 to {@link #hostCount} - 1
     */
    KscDevice host(long virtualServerId, int index);

    /** A host of the virtual server by {@code KLHST_WKS_HOSTNAME}. */
    Optional<KscDevice> hostByName(long virtualServerId, String hostname);

    List<LicenseKey> keys(long virtualServerId);

    /** The hosts of the virtual server using the key as their active or reserve key, in host order, produced as read. */
    Iterator<KscDevice> keyHosts(long virtualServerId, String serial);

    /** How many hosts use the key, as active or reserve key: how many {@link #keyHosts} gives. */
    int keyHostCount(long virtualServerId, String serial);

    default Optional<VServer> virtualServer(String name) {
        return virtualServers().stream().filter(v -> v.name().equals(name)).findFirst();
    }
}
