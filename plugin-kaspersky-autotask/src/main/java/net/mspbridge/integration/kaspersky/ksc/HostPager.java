package net.mspbridge.integration.kaspersky.ksc;

import java.util.Map;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads every host of a session's scope with {@code HostGroup.FindHosts} and a chunk accessor,
 * one chunk at a time: the next chunk is asked for only after the previous one was read and
 * handed on, and each host is handed to the sink as it is parsed, so memory does not grow with
 * the number of hosts. The accessor is released in every case, also when reading fails.
 */
final class HostPager {

    private static final Logger LOG = LoggerFactory.getLogger(HostPager.class);
    /** Seconds the server keeps an accessor that is not released. */
    static final int ACCESSOR_LIFETIME = 1200;

    private HostPager() {
    }

    /**
     * @return how many hosts were read
     */
    static long forEachHost(KscSession session, int chunkSize, Consumer<KscHost> sink) {
        Reply found = session.call("HostGroup.FindHosts", Map.of(
                "wstrFilter", "",
                "vecFieldsToReturn", KscHost.FIELDS,
                "lMaxLifeTime", ACCESSOR_LIFETIME));
        String accessor = found.text("strAccessor")
                .orElseThrow(() -> Calls.notApi("HostGroup.FindHosts", 200, null));
        Runnable release = () -> session.call("ChunkAccessor.Release", Map.of("strAccessor", accessor));
        return Released.reading("host accessor", release, () -> page(session, accessor, chunkSize, found, sink));
    }

    private static long page(KscSession session, String accessor, int chunkSize, Reply found, Consumer<KscHost> sink) {
        long total = found.number("PxgRetVal").orElseGet(() -> session
                .call("ChunkAccessor.GetItemsCount", Map.of("strAccessor", accessor))
                .number("PxgRetVal").orElse(0L));
        long read = 0;
        while (read < total) {
            int count = (int) Math.min(chunkSize, total - read);
            Reply chunk = session.stream("ChunkAccessor.GetItemsChunk",
                    Map.of("strAccessor", accessor, "nStart", read, "nCount", count),
                    "pChunk", item -> sink.accept(KscHost.of(item)));
            if (chunk.items() == 0) {
                LOG.warn("Kaspersky Security Center announced {} hosts but gave none from {} on", total, read);
                break;
            }
            read += chunk.items();
        }
        return read;
    }
}
