package net.mspbridge.integration.kaspersky.ksc;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import mockwebserver3.MockResponse;

/**
 * The chunk accessors and sync iterators of a {@link FakeKsc}: opened by a call, paged, released,
 * and those still open remembered. Each belongs to the session that opened it and dies with it:
 * nothing public says they survive a new login, so the fake does not let them. Not thread-safe: the
 * fake server uses it under its lock.
 */
final class FakeCursors {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private record Cursor(FakeItems items, int[] position, String session) {
    }

    private final Map<String, Cursor> accessors = new HashMap<>();
    private final Map<String, Cursor> iterators = new HashMap<>();
    private final Set<String> openAccessors = new LinkedHashSet<>();
    private final Set<String> openIterators = new LinkedHashSet<>();
    private int ids;

    Set<String> openAccessors() {
        return Set.copyOf(openAccessors);
    }

    Set<String> openIterators() {
        return Set.copyOf(openIterators);
    }

    /** {@code HostGroup.FindHosts}'s answer: the count and a new accessor over {@code items}. */
    MockResponse openAccessor(FakeItems items, String session) {
        String id = "acc-" + (++ids);
        accessors.put(id, new Cursor(items, new int[1], session));
        openAccessors.add(id);
        ObjectNode reply = NODES.objectNode();
        reply.put("PxgRetVal", items.size());
        reply.put("strAccessor", id);
        return KscWire.json(200, reply);
    }

    MockResponse itemsCount(JsonNode params, String session) {
        Cursor cursor = accessors.get(params.path("strAccessor").asText());
        if (cursor == null || !cursor.session().equals(session)) {
            return KscWire.pxgError(200, 1, "Accessor not found");
        }
        return KscWire.json(200, NODES.objectNode().put("PxgRetVal", cursor.items().size()));
    }

    MockResponse itemsChunk(JsonNode params, String session) {
        Cursor cursor = accessors.get(params.path("strAccessor").asText());
        if (cursor == null || !cursor.session().equals(session)) {
            return KscWire.pxgError(200, 1, "Accessor not found");
        }
        int start = params.path("nStart").asInt(-1);
        int count = params.path("nCount").asInt(-1);
        if (start < 0 || count < 0) {
            return KscWire.pxgError(200, 1, "nStart and nCount are required");
        }
        ArrayNode items = NODES.arrayNode();
        for (int i = start; i < Math.min(cursor.items().size(), start + count); i++) {
            items.add(cursor.items().get(i));
        }
        ObjectNode reply = NODES.objectNode();
        reply.putObject("pChunk").set("KLCSP_ITERATOR_ARRAY", items);
        reply.put("PxgRetVal", items.size());
        return KscWire.json(200, reply);
    }

    MockResponse releaseAccessor(JsonNode params, String session) {
        String id = params.path("strAccessor").asText();
        Cursor cursor = accessors.get(id);
        if (cursor == null || !cursor.session().equals(session)) {
            return KscWire.pxgError(200, 1, "Accessor not found");
        }
        accessors.remove(id);
        openAccessors.remove(id);
        return KscWire.json(200, NODES.objectNode());
    }

    /** The answer of a call that opens an iterator over {@code items} ({@code EnumKeys}, {@code AcquireKeyHosts}). */
    MockResponse openIterator(FakeItems items, String session) {
        String id = "it-" + (++ids);
        iterators.put(id, new Cursor(items, new int[1], session));
        openIterators.add(id);
        ObjectNode reply = NODES.objectNode();
        reply.put("lKeyCount", items.size());
        reply.put("wstrIterator", id);
        return KscWire.json(200, reply);
    }

    MockResponse nextItems(JsonNode params, String session) {
        Cursor cursor = iterators.get(params.path("szwIterator").asText());
        if (cursor == null || !cursor.session().equals(session)) {
            return KscWire.pxgError(200, 1, "Iterator not found");
        }
        int count = params.path("nCount").asInt(0);
        ArrayNode items = NODES.arrayNode();
        int[] position = cursor.position();
        while (items.size() < count && position[0] < cursor.items().size()) {
            items.add(cursor.items().get(position[0]++));
        }
        ObjectNode reply = NODES.objectNode();
        reply.put("bEOF", position[0] >= cursor.items().size());
        reply.putObject("pData").set("KLCSP_ITERATOR_ARRAY", items);
        reply.put("PxgRetVal", items.size());
        return KscWire.json(200, reply);
    }

    MockResponse releaseIterator(JsonNode params, String session) {
        String id = params.path("szwIterator").asText();
        Cursor cursor = iterators.get(id);
        if (cursor == null || !cursor.session().equals(session)) {
            return KscWire.pxgError(200, 1, "Iterator not found");
        }
        iterators.remove(id);
        openIterators.remove(id);
        return KscWire.json(200, NODES.objectNode());
    }

    /** A session ended or expired: what it opened is gone with it. */
    void dropSession(String session) {
        drop(accessors, openAccessors, session);
        drop(iterators, openIterators, session);
    }

    private static void drop(Map<String, Cursor> cursors, Set<String> open, String session) {
        cursors.entrySet().removeIf(entry -> {
            boolean owned = entry.getValue().session().equals(session);
            if (owned) {
                open.remove(entry.getKey());
            }
            return owned;
        });
    }
}
