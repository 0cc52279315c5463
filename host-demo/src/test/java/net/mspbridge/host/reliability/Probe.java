package net.mspbridge.host.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import net.mspbridge.host.fake.ApiClient;

/**
 * Ways to send a request to the host as a browser, a forger or a broken client would: with the
 * signed-in session and its CSRF token, without the token, with another token, without a session, with
 * another content type, as raw bytes, with another Host header.
 */
final class Probe {

    /** An answer: status and body. */
    record Answer(int status, String body) {
    }

    private final ApiClient client;
    private final int port;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    Probe(ApiClient client, int port) {
        this.client = client;
        this.port = port;
    }

    ApiClient client() {
        return client;
    }

    /** Signed in, with the CSRF token, a JSON body (or none when null). */
    Answer send(String method, String path, String json) {
        ApiClient.Answer answer = client.send(method, path, json);
        return new Answer(answer.status(), answer.body());
    }

    Answer get(String path) {
        ApiClient.Answer answer = client.get(path);
        return new Answer(answer.status(), answer.body());
    }

    /** Signed in, without the CSRF token. */
    Answer withoutCsrf(String method, String path, String json) {
        ApiClient.Answer answer = client.sendWithoutCsrf(method, path, json);
        return new Answer(answer.status(), answer.body());
    }

    /** Signed in, with a token that is not the session's. */
    Answer withForgedCsrf(String method, String path, String json) {
        return raw(client.base(path).header("Content-Type", "application/json").header("X-CSRF-Token", "forged-" + "0".repeat(40))
                .method(method, body(json)));
    }

    /** No session cookie at all. */
    Answer withoutSession(String method, String path, String json) {
        return exchange(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json").method(method, body(json)));
    }

    /** A session cookie the host never issued. */
    Answer withForgedSession(String method, String path, String json) {
        return exchange(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json").header("Cookie", "host_session=forged-session-id")
                .method(method, body(json)));
    }

    /** Signed in, with the token, but another content type. */
    Answer withContentType(String method, String path, String contentType, String text) {
        return raw(client.base(path).header("Content-Type", contentType).header("X-CSRF-Token", client.csrfToken())
                .method(method, body(text)));
    }

    /** Signed in, with the token and a JSON body, plus one header a browser would add. */
    Answer withHeader(String method, String path, String json, String name, String value) {
        return raw(client.base(path).header("Content-Type", "application/json").header("X-CSRF-Token", client.csrfToken())
                .header(name, value).method(method, body(json)));
    }

    /** Signed in, with the token, a JSON content type and these bytes as the body. */
    Answer bytes(String method, String path, byte[] bytes) {
        return raw(client.base(path).header("Content-Type", "application/json").header("X-CSRF-Token", client.csrfToken())
                .method(method, HttpRequest.BodyPublishers.ofByteArray(bytes)));
    }

    /** Plain HTTP over a socket, to send a Host header the Java client will not set. */
    Answer withHost(String host, String path) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int status = Integer.parseInt(response.substring(9, 12));
            int start = response.indexOf("\r\n\r\n");
            String body = start < 0 ? "" : response.substring(start + 4);
            // Chunked transfer: the JSON object sits between the chunk sizes.
            int open = body.indexOf('{');
            int close = body.lastIndexOf('}');
            return new Answer(status, open >= 0 && close > open ? body.substring(open, close + 1) : body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Answer raw(HttpRequest.Builder request) {
        ApiClient.Answer answer = client.raw(request);
        return new Answer(answer.status(), answer.body());
    }

    private Answer exchange(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            client.bodies.add(response.body());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static HttpRequest.BodyPublisher body(String text) {
        return text == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(text);
    }
}
