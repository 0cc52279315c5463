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

    public static ObjectNode host(String id, String displayName, String osName, boolean server, long computerType) {
        ObjectNode value = NODES.objectNode();
        value.put("KLHST_WKS_HOSTNAME", id);
        value.put("KLHST_WKS_DN", displayName);
        value.put("KLHST_WKS_GROUPID", 5);
        value.put("KLHST_WKS_OS_NAME", osName);
        value.put("KLWNF_OS_IS_SERVER", server);
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

    public static ObjectNode keyHost(String hostId, String product) {
        ObjectNode value = NODES.objectNode();
        value.put("KLLICSRV_HOSTNAME", hostId);
        value.put("KLLICSRV_PRODUCT", product);
        value.put("KLLICSRV_VERSION", "12.6.0.438");
        return params(value);
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
