package net.mspbridge.host.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import net.mspbridge.host.fake.ApiClient;
import net.mspbridge.host.fake.TestHost;

/**
 * A request the host refuses before it reads the body (too large, no session, no CSRF token) still
 * gets its answer when the body is bigger than the connection's buffers, and the connection serves
 * the next request: closing a connection with unread bytes on it would reset it and lose the answer
 * on its way. Bodies of 2 MiB, as a buggy or hostile page might send; and a hundred refused 300 KiB
 * bodies in a row on one client's pooled connections, each followed by a request that must succeed.
 */
class RefusedBodiesTest {

    private static final String BIG = "{\"evil\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}";

    @TempDir
    Path dataDir;
    private TestHost host;
    private ApiClient client;

    @BeforeEach
    void start() {
        host = new TestHost(dataDir);
        client = host.signedIn();
    }

    @AfterEach
    void stop() {
        host.close();
    }

    @Test
    void aBodyOverTheLimitIsAnswered413AndTheConnectionServesTheNextRequest() {
        String overLimit = "{\"evil\":\"" + "x".repeat(300 * 1024) + "\"}";
        for (int i = 0; i < 100; i++) {
            ApiClient.Answer refused = client.send("POST", "/api/runs", overLimit);
            assertThat(refused.status()).as("round %d", i).isEqualTo(413);
            ApiClient.Answer next = client.send("PUT", "/api/schedule", "{\"enabled\":false,\"time\":\"02:00\"}");
            assertThat(next.status()).as("round %d: %s", i, next.body()).isEqualTo(200);
        }
    }

    @Test
    void aBodyOverTheLimitIsAnswered413() {
        ApiClient.Answer answer = client.send("POST", "/api/runs", BIG);

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.json().get("error").asText()).isEqualTo("payload-too-large");
    }

    @Test
    void aBigBodyWithoutTheCsrfTokenIsAnswered403() {
        ApiClient.Answer answer = client.sendWithoutCsrf("POST", "/api/runs", BIG);

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.json().get("error").asText()).isEqualTo("csrf");
    }

    @Test
    void aBigBodyWithoutASessionIsAnswered401() {
        ApiClient.Answer answer = new ApiClient(host.app.port()).sendWithoutCsrf("PUT", "/api/schedule", BIG);

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.json().get("error").asText()).isEqualTo("unauthenticated");
    }
}
