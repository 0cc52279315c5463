package net.mspbridge.host.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import net.mspbridge.host.fake.ApiClient;
import net.mspbridge.host.fake.ApiClient.Answer;
import net.mspbridge.host.fake.TestHost;

class SecurityApiTest {

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
        void theRightPasswordOpensASessionInAnHttpOnlySameSiteStrictCookie() {
            ApiClient client = host.client();

            Answer answer = client.login(TestHost.PASSWORD);

            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.header("Set-Cookie")).startsWith("host_session=").contains("HttpOnly", "SameSite=Strict", "Path=/")
                    .doesNotContain("Secure");
            assertThat(answer.json().get("csrfToken").asText()).hasSizeGreaterThan(40);
            assertThat(answer.json().get("user").asText()).isEqualTo("admin");
            assertThat(client.get("/api/session").json().get("csrfToken").asText()).isEqualTo(client.csrfToken());
        }

        @Test
        void aWrongPasswordIs401AndTooManyAre429WithRetryAfter() {
            ApiClient client = host.client();
            for (int i = 0; i < 6; i++) {
                Answer wrong = client.login("nope");
                assertThat(wrong.status()).isEqualTo(401);
                assertThat(wrong.json().get("error").asText()).isEqualTo("wrong-password");
            }

            Answer blocked = client.login(TestHost.PASSWORD);

            assertThat(blocked.status()).isEqualTo(429);
            assertThat(Integer.parseInt(blocked.header("Retry-After"))).isBetween(1, 2);
            assertThat(blocked.json().get("message").asText()).contains("too many failed sign-ins");
        }

        @Test
        void signInTakesJsonOnlySoACrossSiteFormCannotSendIt() {
            Answer form = host.client().raw(host.client().base("/api/login")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("password=" + TestHost.PASSWORD)));

            assertThat(form.status()).isEqualTo(415);
            assertThat(form.header("Set-Cookie")).isNull();
        }

        @Test
        void signingOutEndsTheSession() {
            ApiClient client = host.signedIn();

            assertThat(client.send("POST", "/api/logout", null).status()).isEqualTo(204);

            assertThat(client.get("/api/settings").status()).isEqualTo(401);
        }
    }

    @Nested
    class WithoutASession {

        @Test
        void apiCallsAre401Json() {
            Answer answer = host.client().get("/api/settings");

            assertThat(answer.status()).isEqualTo(401);
            assertThat(answer.json().get("error").asText()).isEqualTo("unauthenticated");
            assertThat(answer.json().get("message").asText()).contains("/login");
        }

        @Test
        void pagesRedirectToSignInAndComeBackAfterwards() {
            Answer answer = host.client().get("/settings");

            assertThat(answer.status()).isEqualTo(302);
            assertThat(answer.header("Location")).isEqualTo("/login?next=%2Fsettings");
        }

        @Test
        void theSignInPageAndStaticFilesAreOpen() {
            assertThat(host.client().get("/login").status()).isEqualTo(200);
            Answer script = host.client().get("/static/js/pages/settings.js");
            assertThat(script.status()).isEqualTo(200);
            assertThat(script.header("Content-Type")).contains("javascript");
        }

        @Test
        void aForgedSessionCookieIsNoSession() {
            Answer answer = host.client().raw(host.client().base("/api/settings").header("Cookie", "host_session=forged"));

            assertThat(answer.status()).isEqualTo(401);
        }
    }

    @Nested
    class Csrf {

        @Test
        void aStateChangingCallWithoutTheTokenIsRefusedAndChangesNothing() {
            ApiClient client = host.signedIn();

            Answer answer = client.sendWithoutCsrf("PUT", "/api/settings/fake-billing/panels/services",
                    "{\"version\":0,\"values\":{\"byCategory\":\"true\"}}");

            assertThat(answer.status()).isEqualTo(403);
            assertThat(answer.json().get("error").asText()).isEqualTo("csrf");
            assertThat(answer.json().get("message").asText()).startsWith("this request lacks the page's CSRF token");
            assertThat(client.get("/api/settings/fake-billing").json().get("version").asLong()).isZero();
        }

        @Test
        void anotherSessionsTokenIsRefused() {
            ApiClient mine = host.signedIn();
            ApiClient theirs = host.signedIn();

            Answer answer = mine.raw(mine.base("/api/runs").header("Content-Type", "application/json")
                    .header("X-CSRF-Token", theirs.csrfToken())
                    .POST(HttpRequest.BodyPublishers.ofString("{\"mode\":\"PREVIEW\"}")));

            assertThat(answer.status()).isEqualTo(403);
            assertThat(answer.json().get("message").asText())
                    .isEqualTo("this request's CSRF token (X-CSRF-Token) is not the one of this session: reload the page and try again");
            assertThat(mine.get("/api/runs").json().get("runs")).isEmpty();
        }
    }

    @Test
    void aRequestForAnotherHostNameIsRefusedAgainstDnsRebinding() throws IOException {
        // java.net.http does not let a caller set Host: speak HTTP over a socket, as a rebound browser would.
        try (Socket socket = new Socket("127.0.0.1", host.app.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET /login HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(response).startsWith("HTTP/1.1 421").contains("\"error\":\"wrong-host\"");
        }
    }

    @Test
    void routesMountedByOtherPartsOfTheHostGetTheSameProtection(@TempDir Path otherDir) {
        try (TestHost withExtra = new TestHost(otherDir, java.time.Clock.systemDefaultZone(), java.util.List.of(routes -> {
            routes.get("/api/extra", ctx -> ctx.json(java.util.Map.of("ok", true)));
            routes.post("/api/extra", ctx -> ctx.json(java.util.Map.of("changed", true)));
        }))) {
            assertThat(withExtra.client().get("/api/extra").status()).isEqualTo(401);
            ApiClient client = withExtra.signedIn();
            assertThat(client.get("/api/extra").body()).isEqualTo("{\"ok\":true}");
            assertThat(client.sendWithoutCsrf("POST", "/api/extra", "{}").status()).isEqualTo(403);
            assertThat(client.send("POST", "/api/extra", "{}").status()).isEqualTo(200);
        }
    }

    @Test
    void everyAnswerCarriesProtectiveHeaders() {
        Answer page = host.signedIn().get("/settings");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Security-Policy")).contains("script-src 'self'", "style-src 'self'", "frame-ancestors 'none'");
        assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(page.header("Cache-Control")).isEqualTo("no-store");
        assertThat(page.body()).contains("/static/js/pages/settings.js");
    }

    @Test
    void unknownPathsAndMethodsAreJsonErrors() {
        ApiClient client = host.signedIn();

        Answer missing = client.get("/api/nothing-here");
        Answer method = client.send("DELETE", "/api/settings", null);

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("error").asText()).isEqualTo("not-found");
        assertThat(method.status()).isIn(404, 405);
        assertThat(method.json().get("error").asText()).isNotBlank();
    }
}
