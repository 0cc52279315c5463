package net.mspbridge.host.sandbox.ksc;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The KSC methods, in KSC's JSON serialisation of Params ({@code {"type":"params","value":{...}}}
 * inside arrays, {@code {"type":"datetime","value":"..."}} for dates). Chunk accessors and
 * iterators belong to the session that made them and die with it (nothing public says they survive
 * a new login, so the sandbox does not let them), and expire after their lifetime. {@code FindHosts}
 * is strict, as a real server: an attribute hosts do not have refuses the whole call. Thread-safe.
 */
final class KscCalls {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The documented host attributes ("List of host attributes") the sandbox serves; any other refuses FindHosts. */
    static final java.util.Set<String> HOST_ATTRIBUTES = java.util.Set.of("KLHST_WKS_HOSTNAME", "KLHST_WKS_DN",
            "KLHST_WKS_GROUPID", "KLHST_WKS_OS_NAME", "KLHST_WKS_CTYPE", "KLHST_WKS_PTYPE");
    /** The {@code EnumKeys} option that leaves out keys products reported but nobody added (KSC/16/KSCAPI/a00569). */
    static final String INSTALLED_ONLY = "KLLICSRV_ENOPT_INSTALLED_ONLY";

    /** Who called: the session's cookie value and its virtual server (null for the main server). */
    record Caller(String session, Long vs) {
    }

    private record Accessor(String session, long vs, List<String> fields, int count, Instant expiresAt) {
    }

    private static final class GroupIterator {
        final String session;
        final Iterator<ObjectNode> source;
        final Instant expiresAt;

        GroupIterator(String session, Iterator<ObjectNode> source, Instant expiresAt) {
            this.session = session;
            this.source = source;
            this.expiresAt = expiresAt;
        }
    }

    private final KscDirectory directory;
    private final Clock clock;
    private final Map<String, Accessor> accessors = new ConcurrentHashMap<>();
    private final Map<String, GroupIterator> iterators = new ConcurrentHashMap<>();

    KscCalls(KscDirectory directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    /**
     * @param vs the session's virtual server id, or null for the main server
     * @throws PxgError for misuse: unknown method, missing or wrong parameters, unknown accessor
     */
    ObjectNode call(String method, Caller caller, JsonNode params) {
        Long vs = caller.vs();
        return switch (method) {
            case "VServers.GetVServers" -> getVServers(vs, params);
            case "HostGroup.FindHosts" -> findHosts(caller, params);
            case "HostGroup.GetHostProducts" -> hostProducts(vs, params);
            case "ChunkAccessor.GetItemsCount" -> result(accessor(caller, text(params, "strAccessor")).count());
            case "ChunkAccessor.GetItemsChunk" -> chunk(caller, params);
            case "ChunkAccessor.Release" -> releaseAccessor(caller, text(params, "strAccessor"));
            case "LicenseKeys.EnumKeys" -> enumKeys(caller, params);
            case "LicenseKeys.AcquireKeyHosts" -> keyHosts(caller, params);
            case "GroupSyncIterator.GetNextItems" -> nextItems(caller, params);
            case "GroupSyncIterator.ReleaseIterator" -> releaseIterator(caller, text(params, "szwIterator"));
            default -> throw PxgError.call(PxgError.UNKNOWN_METHOD, "Method '" + method + "' is not found");
        };
    }

    private ObjectNode getVServers(Long vs, JsonNode params) {
        if (vs != null) {
            throw PxgError.call(PxgError.ACCESS_DENIED, "Access denied: virtual servers are listed from the main server's session");
        }
        long parent = integer(params, "lParentGroup");
        ArrayNode list = JSON.createArrayNode();
        for (VServer v : directory.virtualServers()) {
            if (parent == -1 || v.groupId() == parent) {
                ObjectNode value = JSON.createObjectNode();
                value.put("KLVSRV_ID", v.id());
                value.put("KLVSRV_DN", v.name());
                value.put("KLVSRV_GRP", v.groupId());
                value.put("KLVSRV_ENABLED", v.enabled());
                list.add(params(value));
            }
        }
        ObjectNode result = JSON.createObjectNode();
        result.set("PxgRetVal", list);
        return result;
    }

    private ObjectNode findHosts(Caller caller, JsonNode params) {
        Long vs = caller.vs();
        String filter = params.path("wstrFilter").asText("");
        if (!filter.isBlank()) {
            throw PxgError.call(PxgError.INVALID_ARGUMENT, "The sandbox supports only an empty wstrFilter (all hosts), not '" + filter + "'");
        }
        List<String> fields = strings(params, "vecFieldsToReturn");
        for (String field : fields) {
            if (!HOST_ATTRIBUTES.contains(field)) {
                throw PxgError.call(PxgError.INVALID_ARGUMENT, "Attribute '" + field + "' is not a host attribute");
            }
        }
        long lifetime = params.has("lMaxLifeTime") ? integer(params, "lMaxLifeTime") : 1200;
        long owner = vs == null ? -1 : vs;
        int count = vs == null ? 0 : directory.hostCount(vs);
        String id = newId();
        accessors.put(id, new Accessor(caller.session(), owner, fields, count,
                clock.instant().plusSeconds(Math.max(1, lifetime))));
        ObjectNode result = result(count);
        result.put("strAccessor", id);
        return result;
    }

    private ObjectNode chunk(Caller caller, JsonNode params) {
        Accessor accessor = accessor(caller, text(params, "strAccessor"));
        long start = integer(params, "nStart");
        long count = integer(params, "nCount");
        if (start < 0 || count < 0) {
            throw PxgError.call(PxgError.INVALID_ARGUMENT, "nStart and nCount must not be negative");
        }
        ArrayNode items = JSON.createArrayNode();
        long end = Math.min(accessor.count(), start + count);
        for (long i = start; i < end; i++) {
            items.add(params(hostFields(directory.host(accessor.vs(), (int) i), accessor.fields())));
        }
        ObjectNode result = JSON.createObjectNode();
        result.putObject("pChunk").set("KLCSP_ITERATOR_ARRAY", items);
        result.put("PxgRetVal", items.size());
        return result;
    }

    private ObjectNode hostProducts(Long vs, JsonNode params) {
        String name = text(params, "strHostName");
        KscDevice host = (vs == null ? java.util.Optional.<KscDevice>empty() : directory.hostByName(vs, name))
                .orElseThrow(() -> PxgError.call(PxgError.NOT_FOUND, "Host '" + name + "' is not found"));
        ObjectNode products = JSON.createObjectNode();
        for (InstalledProduct p : host.products()) {
            ObjectNode version = JSON.createObjectNode();
            version.put("DisplayName", p.displayName());
            version.put("ProdVersion", p.version());
            ObjectNode versions = JSON.createObjectNode();
            versions.set(p.version(), params(version));
            products.set(p.productId(), params(versions));
        }
        ObjectNode result = JSON.createObjectNode();
        result.set("PxgRetVal", products);
        return result;
    }

    private ObjectNode enumKeys(Caller caller, JsonNode params) {
        Long vs = caller.vs();
        List<String> fields = strings(params, "pFields");
        long timeout = params.has("lTimeoutSec") ? integer(params, "lTimeoutSec") : 300;
        // By default every key, also those products reported but nobody added (KSC/16/KSCAPI/a00569).
        boolean installedOnly = params.path("pOptions").path(INSTALLED_ONLY).asBoolean(false);
        List<ObjectNode> rows = new ArrayList<>();
        if (vs != null) {
            for (LicenseKey key : directory.keys(vs)) {
                if (installedOnly && !key.installed()) {
                    continue;
                }
                ObjectNode row = JSON.createObjectNode();
                // Counting a key's hosts walks them: only when asked. Active and reserve uses apart (a00115).
                int asCurrent = 0;
                int asNext = 0;
                if (fields.contains("KLLIC_NHOSTS_ASCURRENT") || fields.contains("KLLIC_NHOSTS_ASNEXT")) {
                    for (Iterator<KscDevice> it = directory.keyHosts(vs, key.serial()); it.hasNext(); ) {
                        if (key.serial().equals(it.next().licenseSerial())) {
                            asCurrent++;
                        } else {
                            asNext++;
                        }
                    }
                }
                for (String f : fields) {
                    LicenceRows.keyField(row, f, key, asCurrent, asNext);
                }
                rows.add(row);
            }
        }
        return iteratorResult(caller, rows.iterator(), rows.size(), timeout);
    }

    private ObjectNode keyHosts(Caller caller, JsonNode params) {
        Long vs = caller.vs();
        JsonNode in = params.get("pInData");
        String serial = in == null ? null : in.path("KLLIC_SERIAL").asText(null);
        if (serial == null) {
            throw PxgError.call(PxgError.INVALID_ARGUMENT, "pInData.KLLIC_SERIAL is required");
        }
        List<String> fields = strings(params, "pFields");
        long timeout = params.has("lTimeoutSec") ? integer(params, "lTimeoutSec") : 300;
        LicenseKey key = (vs == null ? List.<LicenseKey>of() : directory.keys(vs)).stream()
                .filter(k -> k.serial().equals(serial)).findFirst()
                .orElseThrow(() -> PxgError.call(PxgError.NOT_FOUND, "License key '" + serial + "' is not found"));
        Iterator<KscDevice> hosts = directory.keyHosts(vs, key.serial());
        Iterator<ObjectNode> rows = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return hosts.hasNext();
            }

            @Override
            public ObjectNode next() {
                return LicenceRows.keyHost(serial, hosts.next(), fields);
            }
        };
        return iteratorResult(caller, rows, directory.keyHostCount(vs, key.serial()), timeout);
    }

    private ObjectNode iteratorResult(Caller caller, Iterator<ObjectNode> rows, int count, long timeoutSeconds) {
        String id = newId();
        iterators.put(id, new GroupIterator(caller.session(), rows, clock.instant().plusSeconds(Math.max(1, timeoutSeconds))));
        ObjectNode result = JSON.createObjectNode();
        result.put("lKeyCount", count);
        result.put("wstrIterator", id);
        return result;
    }

    private ObjectNode nextItems(Caller caller, JsonNode params) {
        String id = text(params, "szwIterator");
        long count = integer(params, "nCount");
        if (count <= 0) {
            throw PxgError.call(PxgError.INVALID_ARGUMENT, "nCount must be positive");
        }
        GroupIterator it = live(iterators, id, caller, "iterator", g -> g.expiresAt);
        ArrayNode items = JSON.createArrayNode();
        boolean eof;
        synchronized (it) {
            while (items.size() < count && it.source.hasNext()) {
                items.add(params(it.source.next()));
            }
            eof = !it.source.hasNext();
        }
        ObjectNode result = JSON.createObjectNode();
        result.put("bEOF", eof);
        result.putObject("pData").set("KLCSP_ITERATOR_ARRAY", items);
        result.put("PxgRetVal", items.size());
        return result;
    }

    private ObjectNode releaseIterator(Caller caller, String id) {
        live(iterators, id, caller, "iterator", g -> g.expiresAt);
        iterators.remove(id);
        return JSON.createObjectNode();
    }

    private ObjectNode releaseAccessor(Caller caller, String id) {
        accessor(caller, id);
        accessors.remove(id);
        return JSON.createObjectNode();
    }

    private Accessor accessor(Caller caller, String id) {
        return live(accessors, id, caller, "accessor", Accessor::expiresAt);
    }

    private <T> T live(Map<String, T> map, String id, Caller caller, String what, java.util.function.Function<T, Instant> expiry) {
        T item = map.get(id);
        if (item != null && expiry.apply(item).isBefore(clock.instant())) {
            map.remove(id);
            item = null;
        }
        String owner = item instanceof Accessor a ? a.session() : item instanceof GroupIterator g ? g.session : null;
        if (item == null || !caller.session().equals(owner)) {
            throw PxgError.call(PxgError.NOT_FOUND, "The " + what + " '" + id + "' is not found (released, expired or of another session)");
        }
        return item;
    }

    /** A session ended or expired: its accessors and iterators die with it. */
    void dropSession(String session) {
        accessors.values().removeIf(a -> a.session().equals(session));
        iterators.values().removeIf(i -> i.session.equals(session));
    }

    /** Drops what sessions no longer alive opened. */
    void retainSessions(java.util.Set<String> live) {
        accessors.values().removeIf(a -> !live.contains(a.session()));
        iterators.values().removeIf(i -> !live.contains(i.session));
    }

    int openAccessors() {
        Instant now = clock.instant();
        accessors.values().removeIf(a -> a.expiresAt().isBefore(now));
        return accessors.size();
    }

    int openIterators() {
        Instant now = clock.instant();
        iterators.values().removeIf(i -> i.expiresAt.isBefore(now));
        return iterators.size();
    }

    static ObjectNode params(ObjectNode value) {
        ObjectNode node = JSON.createObjectNode();
        node.put("type", "params");
        node.set("value", value);
        return node;
    }

    static ObjectNode datetime(Instant instant) {
        ObjectNode node = JSON.createObjectNode();
        node.put("type", "datetime");
        node.put("value", instant.truncatedTo(ChronoUnit.SECONDS).toString());
        return node;
    }

    private static ObjectNode result(long value) {
        return JSON.createObjectNode().put("PxgRetVal", value);
    }

    private static ObjectNode hostFields(KscDevice host, List<String> fields) {
        ObjectNode row = JSON.createObjectNode();
        for (String f : fields) {
            switch (f) {
                case "KLHST_WKS_HOSTNAME" -> row.put(f, host.hostname());
                case "KLHST_WKS_DN" -> row.put(f, host.displayName());
                case "KLHST_WKS_GROUPID" -> row.put(f, host.groupId());
                case "KLHST_WKS_OS_NAME" -> row.put(f, host.osName());
                case "KLHST_WKS_CTYPE" -> row.put(f, host.computerType());
                case "KLHST_WKS_PTYPE" -> row.put(f, host.platformType());
                default -> { }
            }
        }
        return row;
    }

    private static String text(JsonNode params, String name) {
        JsonNode node = params.get(name);
        if (node == null || !node.isTextual() || node.asText().isEmpty()) {
            throw PxgError.call(PxgError.INVALID_ARGUMENT, "Parameter '" + name + "' is required (a string)");
        }
        return node.asText();
    }

    private static long integer(JsonNode params, String name) {
        JsonNode node = params.get(name);
        if (node == null || !node.isIntegralNumber()) {
            throw PxgError.call(PxgError.INVALID_ARGUMENT, "Parameter '" + name + "' is required (an integer)");
        }
        return node.asLong();
    }

    private static List<String> strings(JsonNode params, String name) {
        JsonNode node = params.get(name);
        if (node == null || !node.isArray()) {
            throw PxgError.call(PxgError.INVALID_ARGUMENT, "Parameter '" + name + "' is required (an array of attribute names)");
        }
        List<String> list = new ArrayList<>();
        node.forEach(n -> list.add(n.asText()));
        return list;
    }

    private static String newId() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
