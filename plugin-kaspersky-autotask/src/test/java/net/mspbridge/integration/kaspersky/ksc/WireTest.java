package net.mspbridge.integration.kaspersky.ksc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import mockwebserver3.MockResponse;
import mockwebserver3.QueueDispatcher;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import net.mspbridge.api.host.Secret;

/** The exact requests a session sends, as the wire profile fixes them. */
class WireTest {

    private final HeldCertificate certificate = new HeldCertificate.Builder().commonName("ksc").build();
    private final MockWebServer server = new MockWebServer();
    private KscConnector connector;

    @BeforeEach
    void start() throws Exception {
        // A call no test enqueued an answer for (a session's closing Session.EndSession) gets a 404 at
        // once instead of waiting; the session only logs a failed end.
        QueueDispatcher queue = new QueueDispatcher();
        queue.setFailFast(true);
        server.setDispatcher(queue);
        server.useHttps(new HandshakeCertificates.Builder().heldCertificate(certificate).build().sslSocketFactory());
        server.start(InetAddress.getByName("127.0.0.1"), 0);
        connector = new KscConnector(KscSettings.builder("127.0.0.1:" + server.getPort(), "billing.user",
                Secret.of("pässword \"quoted\"")).pin(CertificatePin.of(certificate.certificate())).build());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static MockResponse ok(String body) {
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body(body).build();
    }

    private RecordedRequest take() throws InterruptedException {
        return server.takeRequest(5, TimeUnit.SECONDS);
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void loginSendsKscBasicWithBase64CredentialsAnEmptyDomainAndTheInternalFlag() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Set-Cookie", "ksc=abc; Path=/; Secure")
                .body("{}").build());

        try (KscSession session = connector.mainSession()) {
            session.login();
        }

        RecordedRequest login = take();
        assertThat(login.getMethod()).isEqualTo("POST");
        assertThat(login.getUrl().encodedPath()).isEqualTo("/api/v1.0/login");
        assertThat(login.getHeaders().get("Authorization")).isEqualTo("KSCBasic user=\"" + base64("billing.user")
                + "\", pass=\"" + base64("pässword \"quoted\"") + "\", domain=\"\", internal=\"1\"");
        assertThat(login.getHeaders().get("X-KSC-VServer")).isNull();
        assertThat(login.getBodySize()).isZero();
    }

    @Test
    void aVirtualServerSessionSendsItsNameInBase64() throws Exception {
        server.enqueue(ok("{}"));

        try (KscSession session = connector.virtualServerSession("Contoso Ltd. (Ø)")) {
            session.login();
        }

        assertThat(take().getHeaders().get("X-KSC-VServer")).isEqualTo(base64("Contoso Ltd. (Ø)"));
    }

    @Test
    void callsPostNamedParametersAsJsonWithTheSessionCookie() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Set-Cookie", "ksc=abc; Path=/; Secure")
                .body("{}").build());
        server.enqueue(ok("{\"PxgRetVal\": 42, \"strAccessor\": \"A1\"}"));

        Reply reply;
        try (KscSession session = connector.virtualServerSession("Contoso")) {
            reply = session.call("HostGroup.FindHosts", Map.of("wstrFilter", "", "lMaxLifeTime", 1200));
        }

        take();
        RecordedRequest call = take();
        assertThat(call.getMethod()).isEqualTo("POST");
        assertThat(call.getUrl().encodedPath()).isEqualTo("/api/v1.0/HostGroup.FindHosts");
        assertThat(call.getHeaders().get("Content-Type")).startsWith("application/json");
        assertThat(call.getHeaders().get("Cookie")).isEqualTo("ksc=abc");
        assertThat(call.getHeaders().get("Authorization")).isNull();
        JsonNode body = new ObjectMapper().readTree(call.getBody().utf8());
        assertThat(body.path("wstrFilter").asText("missing")).isEmpty();
        assertThat(body.path("lMaxLifeTime").asInt()).isEqualTo(1200);
        assertThat(reply.number("PxgRetVal")).hasValue(42L);
        assertThat(reply.text("strAccessor")).hasValue("A1");
    }

    @Test
    void aCallOfAVirtualServerSessionOnAnExpiredSessionLogsInAgainAndStartsTheReadingOver() throws Exception {
        server.enqueue(ok("{}"));
        server.enqueue(new MockResponse.Builder().code(401).body("").build());
        server.enqueue(ok("{}"));

        try (KscSession session = connector.virtualServerSession("Contoso")) {
            assertThatThrownBy(() -> session.call("ChunkAccessor.GetItemsChunk", Map.of("strAccessor", "A1")))
                    .isInstanceOfSatisfying(KscSession.Renewed.class,
                            e -> assertThat(e.method()).isEqualTo("ChunkAccessor.GetItemsChunk"));
            assertThat(session.logins()).isEqualTo(2);
        }

        take();
        take();
        assertThat(take().getUrl().encodedPath()).as("logged in again, the call not repeated").isEqualTo("/api/v1.0/login");
        assertThat(take().getUrl().encodedPath()).isEqualTo("/api/v1.0/Session.EndSession");
    }

    @Test
    void closingASessionThatLoggedInEndsItOnTheServer() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Set-Cookie", "ksc=abc; Path=/; Secure")
                .body("{}").build());
        server.enqueue(ok("{}"));

        try (KscSession session = connector.virtualServerSession("Contoso")) {
            session.login();
        }

        take();
        RecordedRequest end = take();
        assertThat(end.getUrl().encodedPath()).isEqualTo("/api/v1.0/Session.EndSession");
        assertThat(end.getHeaders().get("Cookie")).isEqualTo("ksc=abc");
        assertThat(end.getConnectionIndex()).isZero();
    }

    @Test
    void closingASessionThatNeverLoggedInSendsNothing() {
        try (KscSession session = connector.virtualServerSession("Contoso")) {
            assertThat(session.logins()).isZero();
        }

        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void aCallOnAnExpiredMainSessionLogsInAgainAndRepeatsTheCallOnTheSameConnection() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Set-Cookie", "ksc=first; Path=/; Secure")
                .body("{}").build());
        server.enqueue(new MockResponse.Builder().code(401).body("").build());
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Set-Cookie", "ksc=second; Path=/; Secure")
                .body("{}").build());
        server.enqueue(ok("{\"PxgRetVal\": 7}"));

        Reply reply;
        int logins;
        try (KscSession session = connector.mainSession()) {
            reply = session.call("VServers.GetVServers", Map.of("lParentGroup", -1));
            logins = session.logins();
        }

        RecordedRequest firstLogin = take();
        RecordedRequest refused = take();
        RecordedRequest secondLogin = take();
        RecordedRequest repeated = take();
        assertThat(reply.number("PxgRetVal")).hasValue(7L);
        assertThat(logins).isEqualTo(2);
        assertThat(refused.getHeaders().get("Cookie")).isEqualTo("ksc=first");
        assertThat(secondLogin.getUrl().encodedPath()).isEqualTo("/api/v1.0/login");
        assertThat(secondLogin.getHeaders().get("Cookie")).as("the dead session's cookie is forgotten").isNull();
        assertThat(repeated.getHeaders().get("Cookie")).isEqualTo("ksc=second");
        assertThat(repeated.getBody().utf8()).isEqualTo(refused.getBody().utf8());
        assertThat(repeated.getConnectionIndex()).isEqualTo(firstLogin.getConnectionIndex());
    }

    @Test
    void eachSessionHasItsOwnCookies() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Set-Cookie", "ksc=main; Path=/; Secure")
                .body("{}").build());
        server.enqueue(ok("{\"PxgRetVal\": []}"));
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Set-Cookie", "ksc=vs; Path=/; Secure")
                .body("{}").build());
        server.enqueue(ok("{\"PxgRetVal\": 0}"));

        try (KscSession main = connector.mainSession(); KscSession bound = connector.virtualServerSession("C")) {
            main.call("VServers.GetVServers", Map.of("lParentGroup", -1));
            bound.call("ChunkAccessor.GetItemsCount", Map.of("strAccessor", "A1"));
        }

        take();
        assertThat(take().getHeaders().get("Cookie")).isEqualTo("ksc=main");
        assertThat(take().getHeaders().get("Cookie")).isNull();
        assertThat(take().getHeaders().get("Cookie")).isEqualTo("ksc=vs");
        assertThat(connector.calls()).as("4 and one Session.EndSession per session").isEqualTo(6);
    }

    @Test
    void speaksHttp11ThoughTheServerOffersHttp2() throws Exception {
        server.enqueue(ok("{}"));

        try (KscSession session = connector.mainSession()) {
            session.login();
        }

        assertThat(server.getProtocols()).hasSizeGreaterThan(1);
        assertThat(take().getVersion()).isEqualTo("HTTP/1.1");
    }

    @Test
    void aLoginAnsweredWithAnEmptyBodyIsAcceptedAsTheEmptyResult() {
        server.enqueue(new MockResponse.Builder().code(200).body("").build());

        try (KscSession session = connector.mainSession()) {
            session.login();
            assertThat(session.logins()).isEqualTo(1);
        }
    }

    @Test
    void aLoginAnsweredWithAPxgErrorAndHttp200Fails() {
        server.enqueue(ok("{\"PxgError\": {\"code\": 1, \"message\": \"License expired\"}}"));

        try (KscSession session = connector.mainSession()) {
            assertThatThrownBy(session::login).isInstanceOfSatisfying(KscCallException.class,
                    e -> assertThat(e.serverMessage()).hasValue("License expired"));
        }
    }
}
