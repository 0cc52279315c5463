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
 * iterators belong to the virtual server of the session that made them, outlive a re-login, and
 * expire after their lifetime. Thread-safe.
 */
final class KscCalls {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();

    private record Accessor(long vs, List<String> fields, int count, Instant expiresAt) {
    }

    private static final class GroupIterator {
        final long vs;
        final Iterator<ObjectNode> source;
        final Instant expiresAt;

        GroupIterator(long vs, Iterator<ObjectNode> source, Instant expiresAt) {
            this.vs = vs;
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
    ObjectNode call(String method, Long vs, JsonNode params) {
        return switch (method) {
            case "VServers.GetVServers" -> getVServers(vs, params);
            case "HostGroup.FindHosts" -> findHosts(vs, params);
            case "HostGroup.GetHostProducts" -> hostProducts(vs, params);
            case "ChunkAccessor.GetItemsCount" -> result(accessor(vs, text(params, "strAccessor")).count());
            case "ChunkAccessor.GetItemsChunk" -> chunk(vs, params);
            case "ChunkAccessor.Release" -> releaseAccessor(vs, text(params, "strAccessor"));
            case "LicenseKeys.EnumKeys" -> enumKeys(vs, params);
            case "LicenseKeys.AcquireKeyHosts" -> keyHosts(vs, params);
            case "GroupSyncIterator.GetNextItems" -> nextItems(vs, params);
            case "GroupSyncIterator.ReleaseIterator" -> releaseIterator(vs, text(params, "szwIterator"));
            default -> throw PxgError.call(PxgError.UNKNOWN_METHOD, "Method '" + method + "' is not found");
        };
    }

    private ObjectNode getVServers(Long vs, JsonNode params) {
        if (vs != null) {
            throw PxgError.call(PxgError.ACCESS_DENIED, "Access denied: virtual servers are listed from the main server's session");
        }
        long parent = integer(params, "lParentGroup");
        ArrayNode list = JSON.createArrayNode();
        for (VirtualServer v : directory.virtualServers()) {
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

    private ObjectNode findHosts(Long vs, JsonNode params) {
        String filter = params.path("wstrFilter").asText("");
        if (!filter.isBlank()) {
            throw PxgError.call(PxgError.INVALID_ARGUMENT, "The sandbox supports only an empty wstrFilter (all hosts), not '" + filter + "'");
        }
        List<String> fields = strings(params, "vecFieldsToReturn");
        long lifetime = params.has("lMaxLifeTime") ? integer(params, "lMaxLifeTime") : 1200;
        long owner = vs == null ? -1 : vs;
        int count = vs == null ? 0 : directory.hostCount(vs);
        String id = newId();
        accessors.put(id, new Accessor(owner, fields, count, clock.instant().plusSeconds(Math.max(1, lifetime))));
        ObjectNode result = result(count);
        result.put("strAccessor", id);
        return result;
    }

    private ObjectNode chunk(Long vs, JsonNode params) {
        Accessor accessor = accessor(vs, text(params, "strAccessor"));
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
        KscHost host = (vs == null ? java.util.Optional.<KscHost>empty() : directory.hostByName(vs, name))
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

    private ObjectNode enumKeys(Long vs, JsonNode params) {
        List<String> fields = strings(params, "pFields");
        long timeout = params.has("lTimeoutSec") ? integer(params, "lTimeoutSec") : 300;
        List<ObjectNode> rows = new ArrayList<>();
        if (vs != null) {
            for (LicenseKey key : directory.keys(vs)) {
                ObjectNode row = JSON.createObjectNode();
                for (String f : fields) {
                    switch (f) {
                        case "KLLIC_SERIAL" -> row.put(f, key.serial());
                        case "KLLIC_KEY_TYPE" -> row.put(f, key.keyType());
                        case "KLLIC_LIMIT_DATE" -> row.set(f, datetime(key.limitDate()));
                        case "KLLIC_LIC_COUNT" -> row.put(f, key.licenseCount());
                        case "KLLIC_NHOSTS_ASCURRENT" -> row.put(f, directory.keyHostCount(vs, key.serial()));
                        case "KLLIC_PROD_NAME" -> row.put(f, key.productName());
                        default -> { }
                    }
                }
                rows.add(row);
            }
        }
        return iteratorResult(vs, rows.iterator(), rows.size(), timeout);
    }

    private ObjectNode keyHosts(Long vs, JsonNode params) {
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
        Iterator<KscHost> hosts = directory.keyHosts(vs, key.serial());
        Iterator<ObjectNode> rows = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return hosts.hasNext();
            }

            @Override
            public ObjectNode next() {
                KscHost host = hosts.next();
                InstalledProduct install = host.licensedInstall();
                ObjectNode row = JSON.createObjectNode();
                for (String f : fields) {
                    switch (f) {
                        case "KLLICSRV_HOSTNAME" -> row.put(f, host.hostname());
                        case "KLLICSRV_PRODUCT" -> row.put(f, host.licensedProduct());
                        case "KLLICSRV_VERSION" -> row.put(f, install == null ? "" : install.version());
                        default -> { }
                    }
                }
                return row;
            }
        };
        return iteratorResult(vs, rows, directory.keyHostCount(vs, key.serial()), timeout);
    }

    private ObjectNode iteratorResult(Long vs, Iterator<ObjectNode> rows, int count, long timeoutSeconds) {
        String id = newId();
        iterators.put(id, new GroupIterator(vs == null ? -1 : vs, rows, clock.instant().plusSeconds(Math.max(1, timeoutSeconds))));
        ObjectNode result = JSON.createObjectNode();
        result.put("lKeyCount", count);
        result.put("wstrIterator", id);
        return result;
    }

    private ObjectNode nextItems(Long vs, JsonNode params) {
        String id = text(params, "szwIterator");
        long count = integer(params, "nCount");
        if (count <= 0) {
            throw PxgError.call(PxgError.INVALID_ARGUMENT, "nCount must be positive");
        }
        GroupIterator it = live(iterators, id, vs, "iterator", g -> g.expiresAt);
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

    private ObjectNode releaseIterator(Long vs, String id) {
        live(iterators, id, vs, "iterator", g -> g.expiresAt);
        iterators.remove(id);
        return JSON.createObjectNode();
    }

    private ObjectNode releaseAccessor(Long vs, String id) {
        accessor(vs, id);
        accessors.remove(id);
        return JSON.createObjectNode();
    }

    private Accessor accessor(Long vs, String id) {
        return live(accessors, id, vs, "accessor", Accessor::expiresAt);
    }

    private <T> T live(Map<String, T> map, String id, Long vs, String what, java.util.function.Function<T, Instant> expiry) {
        T item = map.get(id);
        if (item != null && expiry.apply(item).isBefore(clock.instant())) {
            map.remove(id);
            item = null;
        }
        long owner = item instanceof Accessor a ? a.vs() : item instanceof GroupIterator g ? g.vs : Long.MIN_VALUE;
        if (item == null || owner != (vs == null ? -1 : vs)) {
            throw PxgError.call(PxgError.NOT_FOUND, "The " + what + " '" + id + "' is not found (released, expired or of another session's server)");
        }
        return item;
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

    private static ObjectNode hostFields(KscHost host, List<String> fields) {
        ObjectNode row = JSON.createObjectNode();
        for (String f : fields) {
            switch (f) {
                case "KLHST_WKS_HOSTNAME" -> row.put(f, host.hostname());
                case "KLHST_WKS_DN" -> row.put(f, host.displayName());
                case "KLHST_WKS_GROUPID" -> row.put(f, host.groupId());
                case "KLHST_WKS_OS_NAME" -> row.put(f, host.osName());
                case "KLWNF_OS_IS_SERVER" -> row.put(f, host.server());
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
