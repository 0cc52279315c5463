package net.mspbridge.host.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import net.mspbridge.host.fake.ApiClient;
import net.mspbridge.host.fake.ApiClient.Answer;
import net.mspbridge.host.fake.TestHost;

/** Issue 19 points 2 and 5 over HTTP: sign-in limits, sessions, origins, JSON bodies. */
class SessionAndOriginApiTest {

    private static final String SCHEDULE = "{\"enabled\":false,\"time\":\"02:00\"}";

    @TempDir
    Path dataDir;
    private TestHost host;

    @BeforeEach
    void start() {
        host = new TestHost(dataDir);
    }

    @AfterEach
    void stop() {
        host.close();
    }

    @Nested
    class SignIn {

        @Test
        void guessesFromManyLoopbackAddressesAreLimitedAsOne() throws IOException {
            List<Integer> statuses = new ArrayList<>();
            for (int i = 1; i <= 12; i++) {
                statuses.add(rawLogin("127.0.1." + i, "{\"password\":\"guess-" + i + "\"}"));
            }

            assertThat(statuses.subList(0, 6)).containsOnly(401);
            assertThat(statuses.subList(6, 12)).contains(429);
        }

        @Test
        void signingInAgainFromTheSameBrowserEndsItsOldSession() {
            ApiClient browser = host.client();
            browser.login(TestHost.PASSWORD);
            ApiClient oldCookie = host.client();
            oldCookie.login(TestHost.PASSWORD);
            String old = browser.get("/api/session").raw().request().headers().firstValue("Cookie").orElseThrow();

            assertThat(browser.login(TestHost.PASSWORD).status()).isEqualTo(200);

            Answer withOld = browser.raw(HttpRequest.newBuilder(java.net.URI.create(host.url() + "api/session"))
                    .header("Cookie", old).GET());
            assertThat(withOld.status()).isEqualTo(401);
            assertThat(browser.get("/api/session").status()).isEqualTo(200);
            assertThat(oldCookie.get("/api/session").status()).as("another browser's session").isEqualTo(200);
        }

        @Test
        void theBrowserIsRememberedInAnHttpOnlyStrictCookieForSignInOnly() {
            Answer answer = host.client().login(TestHost.PASSWORD);

            assertThat(answer.raw().headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                    .startsWith("host_browser=").contains("HttpOnly", "SameSite=Strict", "Path=/api/login"));
        }
    }

    @Nested
    class Origins {

        @Test
        void aStateChangeFromAnotherOriginIsRefusedEvenWithTheToken() {
            ApiClient client = host.signedIn();

            Answer foreign = client.raw(json(client, "PUT", "/api/schedule").header("Origin", "http://evil.example"));
            Answer otherPort = client.raw(json(client, "PUT", "/api/schedule").header("Origin", "http://127.0.0.1:1"));
            Answer crossSite = client.raw(json(client, "PUT", "/api/schedule").header("Sec-Fetch-Site", "cross-site"));
            Answer sameSite = client.raw(json(client, "PUT", "/api/schedule").header("Sec-Fetch-Site", "same-site"));

            for (Answer answer : List.of(foreign, otherPort, crossSite, sameSite)) {
                assertThat(answer.status()).as(answer.body()).isEqualTo(403);
                assertThat(answer.json().get("error").asText()).isEqualTo("foreign-origin");
            }
            assertThat(foreign.json().get("message").asText()).contains("http://evil.example", "own pages");
        }

        @Test
        void theHostsOwnPagesStillChangeThings() {
            ApiClient client = host.signedIn();

            Answer own = client.raw(json(client, "PUT", "/api/schedule").header("Origin", host.url().replaceAll("/$", ""))
                    .header("Sec-Fetch-Site", "same-origin"));

            assertThat(own.status()).as(own.body()).isEqualTo(200);
        }

        @Test
        void signInFromAnotherOriginIsRefused() {
            ApiClient client = host.client();
            Answer answer = client.raw(client.base("/api/login").header("Content-Type", "application/json")
                    .header("Origin", "http://evil.example")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"password\":\"" + TestHost.PASSWORD + "\"}")));

            assertThat(answer.status()).isEqualTo(403);
            assertThat(answer.header("Set-Cookie")).isNull();
        }

        private HttpRequest.Builder json(ApiClient client, String method, String path) {
            return client.base(path).header("Content-Type", "application/json").header("X-CSRF-Token", client.csrfToken())
                    .method(method, HttpRequest.BodyPublishers.ofString(SCHEDULE));
        }
    }

    @Nested
    class JsonBodies {

        @Test
        void onlyApplicationJsonIsJsonWithOrWithoutParameters() {
            ApiClient client = host.signedIn();

            assertThat(put(client, "application/jsonx").status()).isEqualTo(415);
            assertThat(put(client, "application/json-patch+json").status()).isEqualTo(415);
            assertThat(put(client, "application/json; charset=utf-8").status()).isEqualTo(200);
            assertThat(put(client, "Application/JSON").status()).isEqualTo(200);
        }

        @Test
        void parseErrorsSayWhatIsWrongWithoutTheParsersWords() {
            ApiClient client = host.signedIn();

            Answer broken = client.send("PUT", "/api/schedule", "{\"enabled\": nope}");
            Answer cut = client.send("PUT", "/api/schedule", "{\"enabled\": false,");
            Answer twice = client.send("PUT", "/api/schedule", "{\"time\":\"02:00\",\"time\":\"03:00\"}");
            Answer more = client.send("PUT", "/api/schedule", SCHEDULE + " {}");

            assertThat(broken.json().get("message").asText()).isEqualTo("the request body is not valid JSON: unexpected "
                    + "text at line 1, column 13 (property names and strings need double quotes; values are strings, "
                    + "numbers, true, false, null, objects or arrays)");
            assertThat(cut.json().get("message").asText()).startsWith("the request body is not valid JSON: it ends before");
            assertThat(twice.json().get("message").asText()).contains("the property 'time' is given twice");
            assertThat(more.json().get("message").asText()).contains("there is more after the JSON object");
            for (Answer answer : List.of(broken, cut, twice, more)) {
                assertThat(answer.status()).isEqualTo(400);
                assertThat(answer.body()).doesNotContainIgnoringCase("token").doesNotContain("JSON String", "Unrecognized",
                        "Unexpected", "jackson", "Duplicate field", "expecting", "EOF", "MismatchedInput");
            }
        }

        private Answer put(ApiClient client, String type) {
            return client.raw(client.base("/api/schedule").header("Content-Type", type)
                    .header("X-CSRF-Token", client.csrfToken()).PUT(HttpRequest.BodyPublishers.ofString(SCHEDULE)));
        }
    }

    /** A sign-in sent from the given loopback address, as another local user could. */
    private int rawLogin(String from, String body) throws IOException {
        try (Socket socket = new Socket(InetAddress.getByName("127.0.0.1"), host.app.port(), InetAddress.getByName(from), 0)) {
            socket.setSoTimeout(10_000);
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            socket.getOutputStream().write(("POST /api/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + bytes.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().write(bytes);
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return Integer.parseInt(response.substring(9, 12));
        }
    }
}
