package net.mspbridge.host.demo.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import net.mspbridge.host.sandbox.autotask.AutotaskCredentials;

/**
 * The Autotask REST API as a plain client sees it, on {@code java.net.http}: queries that follow
 * {@code nextPageUrl} with the same method and body, counts, and creates, with the three auth headers.
 * Independent of the plugin's client on purpose: the naive baseline and the benchmark's own
 * bookkeeping must not share the code they measure. One call at a time per caller; thread-safe.
 */
final class AutotaskWire {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;
    private final AutotaskCredentials credentials;

    /**
     * @param base the REST base, {@code .../ATServicesRest/}
     */
    AutotaskWire(URI base, AutotaskCredentials credentials) {
        this.base = base;
        this.credentials = credentials;
    }

    /** A filter item {@code {"op": op, "field": field, "value": value}}. */
    static ObjectNode condition(String op, String field, Object value) {
        ObjectNode node = JSON.createObjectNode().put("op", op).put("field", field);
        node.set("value", JSON.valueToTree(value));
        return node;
    }

    static ArrayNode filter(ObjectNode... conditions) {
        ArrayNode filter = JSON.createArrayNode();
        for (ObjectNode condition : conditions) {
            filter.add(condition);
        }
        return filter;
    }

    static ObjectNode object() {
        return JSON.createObjectNode();
    }

    /** Every item matching the filter, page by page. */
    List<JsonNode> query(String entity, ArrayNode filter) {
        ObjectNode body = JSON.createObjectNode();
        body.set("filter", filter);
        String text = body.toString();
        List<JsonNode> items = new ArrayList<>();
        URI next = base.resolve("V1.0/" + entity + "/query");
        while (next != null) {
            JsonNode page = send(next, text, entity + " query");
            page.path("items").forEach(items::add);
            JsonNode nextUrl = page.path("pageDetails").path("nextPageUrl");
            next = nextUrl.isTextual() ? URI.create(nextUrl.asText()) : null;
        }
        return items;
    }

    /** How many items match the filter: {@code POST {entity}/query/count}. */
    long count(String entity, ArrayNode filter) {
        ObjectNode body = JSON.createObjectNode();
        body.set("filter", filter);
        return send(base.resolve("V1.0/" + entity + "/query/count"), body.toString(), entity + " count")
                .path("queryCount").asLong();
    }

    /** Creates one entity and gives its {@code itemId}. */
    long create(String entity, ObjectNode item) {
        JsonNode answer = send(base.resolve("V1.0/" + entity), item.toString(), entity + " create");
        if (!answer.path("itemId").canConvertToLong()) {
            throw new BenchException("Autotask answered a " + entity + " create without an itemId: " + answer);
        }
        return answer.path("itemId").asLong();
    }

    private JsonNode send(URI uri, String body, String what) {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(TIMEOUT)
                .header("ApiIntegrationCode", credentials.integrationCode())
                .header("UserName", credentials.userName())
                .header("Secret", credentials.secret().reveal())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new BenchException("The Autotask sandbox did not answer the " + what + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchException("Interrupted during the " + what, e);
        }
        if (response.statusCode() / 100 != 2) {
            throw new BenchException("The Autotask sandbox answered the " + what + " with HTTP " + response.statusCode()
                    + ": " + response.body());
        }
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new BenchException("The Autotask sandbox's answer to the " + what + " is not JSON: " + e.getMessage(), e);
        }
    }
}
