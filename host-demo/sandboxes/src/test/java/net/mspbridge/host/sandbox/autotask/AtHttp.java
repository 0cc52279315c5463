package net.mspbridge.host.sandbox.autotask;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A plain HTTP client for the Autotask sandbox, sending the real auth headers. */
final class AtHttp {

    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client;
    private final URI base;
    private String user = TestSeed.CREDENTIALS.userName();
    private String secret = TestSeed.CREDENTIALS.secret().reveal();
    private String code = TestSeed.CREDENTIALS.integrationCode();
    private Duration timeout = Duration.ofSeconds(10);

    AtHttp(AutotaskSandbox sandbox) {
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        this.base = sandbox.baseUrl();
    }

    AtHttp as(String userName, String secretValue, String integrationCode) {
        this.user = userName;
        this.secret = secretValue;
        this.code = integrationCode;
        return this;
    }

    AtHttp timeout(Duration value) {
        this.timeout = value;
        return this;
    }

    HttpResponse<String> get(String path) {
        return send("GET", base.resolve(path), null);
    }

    HttpResponse<String> post(String path, String body) {
        return send("POST", base.resolve(path), body);
    }

    HttpResponse<String> send(String method, URI uri, String body) {
        try {
            return client.send(request(method, uri, body), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sends and returns the I/O failure instead of an answer (for fault tests). */
    IOException failure(String method, String path, String body) {
        try {
            HttpResponse<String> response = client.send(request(method, base.resolve(path), body), HttpResponse.BodyHandlers.ofString());
            throw new AssertionError("expected the call to fail, got " + response.statusCode() + " " + response.body());
        } catch (IOException e) {
            return e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    CompletableFuture<HttpResponse<String>> postAsync(String path, String body) {
        return client.sendAsync(request("POST", base.resolve(path), body), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest request(String method, URI uri, String body) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(timeout)
                .header("Content-Type", "application/json");
        if (user != null) {
            builder.header("UserName", user);
        }
        if (secret != null) {
            builder.header("Secret", secret);
        }
        if (code != null) {
            builder.header("ApiIntegrationCode", code);
        }
        builder.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return builder.build();
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
