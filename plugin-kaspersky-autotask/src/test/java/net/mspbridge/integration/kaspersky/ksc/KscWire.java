package net.mspbridge.integration.kaspersky.ksc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import mockwebserver3.MockResponse;

/** KSC Open API values and replies in the wire profile's shapes, for fakes and fixtures. */
public final class KscWire {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private KscWire() {
    }

    /** {@code {"type":"params","value":{...}}}. */
    public static ObjectNode params(ObjectNode value) {
        ObjectNode wrapped = NODES.objectNode();
        wrapped.put("type", "params");
        wrapped.set("value", value);
        return wrapped;
    }

    /** {@code KLHST_WKS_CTYPE} of a Linux host: {@code CT_SERVER_UNIX} with {@code CT_SERVER_LINUX}. */
    public static final long CTYPE_LINUX = 0x800 | 0x200000;

    public static ObjectNode host(String id, String displayName, String osName, long computerType) {
        ObjectNode value = NODES.objectNode();
        value.put("KLHST_WKS_HOSTNAME", id);
        value.put("KLHST_WKS_DN", displayName);
        value.put("KLHST_WKS_GROUPID", 5);
        value.put("KLHST_WKS_OS_NAME", osName);
        value.put("KLHST_WKS_CTYPE", computerType);
        value.put("KLHST_WKS_PTYPE", 0);
        return params(value);
    }

    public static ObjectNode key(String serial, int type, String limitDate) {
        ObjectNode value = NODES.objectNode();
        value.put("KLLIC_SERIAL", serial);
        value.put("KLLIC_KEY_TYPE", type);
        ObjectNode limit = NODES.objectNode();
        limit.put("type", "datetime");
        limit.put("value", limitDate);
        value.set("KLLIC_LIMIT_DATE", limit);
        value.put("KLLIC_LIC_COUNT", 100);
        value.put("KLLIC_NHOSTS_ASCURRENT", 0);
        value.put("KLLIC_PROD_NAME", "Kaspersky Endpoint Security for Business Select");
        return params(value);
    }

    /** The key with {@code KLLICSRV_KEY_INSTALLED} set: false for a key a product reported but nobody added. */
    public static ObjectNode installed(ObjectNode key, boolean installed) {
        ((ObjectNode) key.get("value")).put("KLLICSRV_KEY_INSTALLED", installed);
        return key;
    }

    /**
     * A subscription key (type 6) with the attributes of the sample "Enumerating license keys".
     *
     * @param end   {@code KLLIC_SUBSCRINFO_ENDDATE}, or null for none
     * @param limit {@code KLLIC_LIMIT_DATE}
     */
    public static ObjectNode subscription(String serial, int state, int endDateType, String end, String limit) {
        ObjectNode key = key(serial, 6, limit);
        ObjectNode value = (ObjectNode) key.get("value");
        value.put("KLLIC_LICTYPE_IS_SUBSCRIPTION", true);
        value.put("KLLIC_SUBSCRINFO_STATE", state);
        value.put("KLLIC_SUBSCRINFO_ENDDATETYPE", endDateType);
        if (end != null) {
            value.set("KLLIC_SUBSCRINFO_ENDDATE", datetime(end));
        }
        return key;
    }

    /** A host using the key as its active key, with no expiry of its own. */
    public static ObjectNode keyHost(String hostId, String product) {
        return keyHost(hostId, product, true, null);
    }

    /**
     * @param active        {@code KLLICSRV_HOST_CURRENT}: the host's active key, else its reserve key
     * @param expiresOnHost {@code KLLICSRV_EXPIRATION_TIME}, or null for none
     */
    public static ObjectNode keyHost(String hostId, String product, boolean active, String expiresOnHost) {
        ObjectNode value = NODES.objectNode();
        value.put("KLLICSRV_HOSTNAME", hostId);
        value.put("KLLICSRV_PRODUCT", product);
        value.put("KLLICSRV_VERSION", "12.6.0.438");
        value.put("KLLICSRV_HOST_CURRENT", active);
        if (expiresOnHost != null) {
            value.set("KLLICSRV_EXPIRATION_TIME", datetime(expiresOnHost));
        }
        return params(value);
    }

    static ObjectNode datetime(String value) {
        ObjectNode node = NODES.objectNode();
        node.put("type", "datetime");
        node.put("value", value);
        return node;
    }

    public static MockResponse pxgError(int httpStatus, int code, String message) {
        ObjectNode error = NODES.objectNode();
        error.putObject("PxgError").put("code", code).put("message", message);
        return json(httpStatus, error);
    }

    static JsonNode read(String resource) {
        try (InputStream in = FakeKsc.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<JsonNode> list(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }

    public static MockResponse json(int status, JsonNode body) {
        try {
            return new MockResponse.Builder().code(status).addHeader("Content-Type", "application/json")
                    .body(JSON.writeValueAsString(body)).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
