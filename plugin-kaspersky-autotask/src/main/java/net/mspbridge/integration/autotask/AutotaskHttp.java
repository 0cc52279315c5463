package net.mspbridge.integration.autotask;

import java.io.IOException;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.BufferedSink;

/**
 * Sends one logical Autotask call and returns its JSON, or throws the typed exception: builds the URL
 * on the base in use, tags the request for the interceptors, makes a 401 look the zone up again once,
 * and maps errors. Thread-safe.
 */
final class AutotaskHttp {

    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private final OkHttpClient client;
    private final ZoneDirectory zones;
    private final ErrorMapper errors;

    AutotaskHttp(OkHttpClient client, ZoneDirectory zones, ErrorMapper errors) {
        this.client = client;
        this.zones = zones;
        this.errors = errors;
    }

    /** {@code GET V1.0/<path>}. */
    JsonNode get(CallInfo info, String path) {
        return send("GET", info, path, null, null, false).orElseThrow();
    }

    /** {@code GET V1.0/<path>}, empty on 404. */
    Optional<JsonNode> getIfFound(CallInfo info, String path) {
        return send("GET", info, path, null, null, true);
    }

    /** {@code POST V1.0/<path>} with a JSON body. */
    JsonNode post(CallInfo info, String path, byte[] body) {
        return send("POST", info, path, null, body, false).orElseThrow();
    }

    /**
     * A further page: {@code POST} to Autotask's absolute {@code nextPageUrl} with the first page's body.
     *
     * @param path the first page's path, for messages
     * @throws AutotaskUntrustedUrlException when the URL is not on the base in use (nothing is sent)
     */
    JsonNode postNextPage(CallInfo info, String path, HttpUrl nextPage, byte[] body) {
        return send("POST", info, path, nextPage, body, false).orElseThrow();
    }

    HttpUrl base() {
        return zones.base();
    }

    private Optional<JsonNode> send(String method, CallInfo info, String path, HttpUrl absolute, byte[] body,
            boolean notFoundIsEmpty) {
        HttpUrl base = zones.base();
        boolean lookedUpAgain = false;
        while (true) {
            HttpUrl url = absolute == null ? base.resolve("V1.0/" + path) : onBase(absolute, base);
            Request request = new Request.Builder()
                    .url(url)
                    .method(method, body == null ? null : new JsonBody(body, info.kind() == CallKind.CREATE))
                    .tag(CallInfo.class, info)
                    .build();
            int status;
            String text;
            try (Response response = client.newCall(request).execute()) {
                status = response.code();
                text = response.body().string();
            } catch (IOException e) {
                throw errors.transport(method, path, info.kind(), e);
            }
            if (status == 401 && absolute == null && !lookedUpAgain && zones.discovers()) {
                // Refused credentials never act, so sending again (a create too) is safe.
                lookedUpAgain = true;
                HttpUrl moved = zones.rediscover(base);
                if (!moved.equals(base)) {
                    base = moved;
                    continue;
                }
            }
            if (status == 404 && notFoundIsEmpty) {
                return Optional.empty();
            }
            if (status < 200 || status >= 300) {
                throw errors.failure(method, path, info.kind(), status, text);
            }
            return Optional.of(parse(method, path, text));
        }
    }

    private static HttpUrl onBase(HttpUrl absolute, HttpUrl base) {
        if (!ZonePolicy.sameOrigin(absolute, base)) {
            throw new AutotaskUntrustedUrlException(ZonePolicy.withoutQuery(absolute),
                    "Autotask's nextPageUrl points to another scheme, host or port than " + base.scheme() + "://"
                            + base.host() + ":" + base.port() + ", the base in use");
        }
        return absolute;
    }

    private static JsonNode parse(String method, String path, String text) {
        if (text.isBlank()) {
            throw new AutotaskProtocolException(method, path, "the answer is empty", null);
        }
        try {
            return Json.MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new AutotaskProtocolException(method, path, "the answer is not JSON", e);
        }
    }

    /**
     * A JSON body. A create's body is one-shot, which stops OkHttp from silently sending it again on
     * another connection after a failure mid-call; only the retry interceptor decides about retries.
     */
    private static final class JsonBody extends RequestBody {
        private final byte[] bytes;
        private final boolean oneShot;

        JsonBody(byte[] bytes, boolean oneShot) {
            this.bytes = bytes;
            this.oneShot = oneShot;
        }

        @Override
        public MediaType contentType() {
            return JSON;
        }

        @Override
        public long contentLength() {
            return bytes.length;
        }

        @Override
        public void writeTo(BufferedSink sink) throws IOException {
            sink.write(bytes);
        }

        @Override
        public boolean isOneShot() {
            return oneShot;
        }
    }
}
