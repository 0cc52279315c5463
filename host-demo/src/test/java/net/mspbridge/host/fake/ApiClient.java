package net.mspbridge.host.fake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A plain HTTP client for the host's API that keeps the session cookie and CSRF token like the
 * page scripts do, and records every response body so tests can scan them (for secrets).
 */
public final class ApiClient {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final int port;
    private String cookie;
    private String csrf;
    public final List<String> bodies = new ArrayList<>();

    public ApiClient(int port) {
        this.port = port;
    }

    /** The answer: status, headers and the body as text and (when JSON) as a tree. */
    public record Answer(int status, String body, HttpResponse<String> raw) {

        public JsonNode json() {
            try {
                return MAPPER.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + "): " + body, e);
            }
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    public Answer login(String password) {
        Answer answer = send("POST", "/api/login", "{\"password\":" + quote(password) + "}", false);
        if (answer.status() == 200) {
            String setCookie = answer.header("Set-Cookie");
            cookie = setCookie.substring(0, setCookie.indexOf(';'));
            csrf = answer.json().get("csrfToken").asText();
        }
        return answer;
    }

    public String csrfToken() {
        return csrf;
    }

    public Answer get(String path) {
        return exchange(base(path).GET().build());
    }

    public Answer send(String method, String path, String json) {
        return send(method, path, json, true);
    }

    /** Sends without the CSRF header, as a forged request would. */
    public Answer sendWithoutCsrf(String method, String path, String json) {
        return send(method, path, json, false);
    }

    public Answer send(String method, String path, String json, boolean withCsrf) {
        HttpRequest.Builder request = base(path).header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (withCsrf && csrf != null) {
            request.header("X-CSRF-Token", csrf);
        }
        return exchange(request.build());
    }

    public Answer raw(HttpRequest.Builder request) {
        return exchange(request.build());
    }

    public HttpRequest.Builder base(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(20));
        if (cookie != null) {
            builder.header("Cookie", cookie);
        }
        return builder;
    }

    private Answer exchange(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            bodies.add(response.body());
            return new Answer(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static String quote(String text) {
        try {
            return MAPPER.writeValueAsString(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
