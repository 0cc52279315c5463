package net.mspbridge.integration.autotask;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import mockwebserver3.MockResponse;

/** The JSON fixtures under {@code src/test/resources/autotask/} and small builders around them. */
final class Fixtures {

    static final ObjectMapper JSON = new ObjectMapper();

    private Fixtures() {
    }

    static String text(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/autotask/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode object(String name) {
        try {
            return (ObjectNode) JSON.readTree(text(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A 200 answer with a JSON body. */
    static MockResponse ok(String json) {
        return status(200, json);
    }

    static MockResponse okFixture(String name) {
        return ok(text(name));
    }

    static MockResponse status(int code, String json) {
        return new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json; charset=utf-8")
                .body(json).build();
    }

    /** A query page of copies of the fixture's first contract with these ids, and the given next page. */
    static String contractsPage(List<Long> ids, String nextPageUrl) {
        ObjectNode template = (ObjectNode) object("contracts-page.json").path("items").get(0);
        ObjectNode page = JSON.createObjectNode();
        ArrayNode items = page.putArray("items");
        for (long id : ids) {
            items.add(template.deepCopy().put("id", id).put("contractName", "Contract " + id));
        }
        ObjectNode details = page.putObject("pageDetails");
        details.put("count", ids.size()).put("requestCount", 500).putNull("prevPageUrl");
        if (nextPageUrl == null) {
            details.putNull("nextPageUrl");
        } else {
            details.put("nextPageUrl", nextPageUrl);
        }
        return page.toString();
    }

    /** Short waits for tests: everything still bounded, nothing slow. */
    static AutotaskOptions.Builder fastOptions() {
        return AutotaskOptions.builder()
                .connectTimeout(Duration.ofSeconds(2))
                .readTimeout(Duration.ofSeconds(3))
                .writeTimeout(Duration.ofSeconds(3))
                .callTimeout(Duration.ofSeconds(15))
                .inFlightWait(Duration.ofSeconds(10))
                .maxAttempts(3)
                .initialBackoff(Duration.ofMillis(5))
                .maxBackoff(Duration.ofMillis(100));
    }
}
