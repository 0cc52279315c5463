package net.mspbridge.integration.kaspersky.ksc;

import java.util.Map;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads a {@code GroupSyncIterator} to its end with {@code GetNextItems}, handing each item to a
 * sink as it is parsed, then releases it with {@code ReleaseIterator}: in every case, also when
 * reading fails.
 */
final class SyncIterator {

    /** Pages in a row without an item and without the end: the server is stuck. */
    static final int MAX_EMPTY_PAGES = 3;

    private SyncIterator() {
    }

    /**
     * @param iterator the iterator id a call such as {@code LicenseKeys.EnumKeys} returned
     * @param batch    items asked for per {@code GetNextItems}
     * @return how many items were read
     */
    static long drain(KscSession session, String iterator, int batch, Consumer<JsonNode> sink) {
        return Released.reading("iterator", () -> release(session, iterator), () -> read(session, iterator, batch, sink));
    }

    static void release(KscSession session, String iterator) {
        session.call("GroupSyncIterator.ReleaseIterator", Map.of("szwIterator", iterator));
    }

    private static long read(KscSession session, String iterator, int batch, Consumer<JsonNode> sink) {
        String method = "GroupSyncIterator.GetNextItems";
        long read = 0;
        int emptyPages = 0;
        while (true) {
            Reply page = session.stream(method, Map.of("szwIterator", iterator, "nCount", batch), "pData", sink);
            read += page.items();
            if (page.flag("bEOF")) {
                return read;
            }
            emptyPages = page.items() == 0 ? emptyPages + 1 : 0;
            if (emptyPages >= MAX_EMPTY_PAGES) {
                throw new KscCallException("Kaspersky Security Center returned " + MAX_EMPTY_PAGES
                        + " empty pages in a row without reaching the end of a list; try again later.",
                        method, 200, null, null, null);
            }
        }
    }
}
