package net.mspbridge.host.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import net.mspbridge.host.fake.ApiClient;
import net.mspbridge.host.fake.MutableClock;
import net.mspbridge.host.fake.TestHost;

/**
 * The checks a page makes on its own (the Billing page's watch, header {@code X-Background-Check: 1}) leave
 * the session's 30 idle minutes running, so a page left open still signs out; a person's requests reset them.
 */
class BackgroundChecksApiTest {

    @TempDir
    Path dataDir;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T09:00:00Z"), ZoneOffset.UTC);
    private TestHost host;
    private ApiClient client;

    @BeforeEach
    void start() {
        host = new TestHost(dataDir, clock);
        client = host.signedIn();
    }

    @AfterEach
    void stop() {
        host.close();
    }

    private int background(String path) {
        return client.raw(client.base(path).header(Security.BACKGROUND_HEADER, "1").GET()).status();
    }

    @Test
    void backgroundChecksAnswerButLeaveTheIdleTimeRunning() {
        clock.advance(Duration.ofMinutes(20));
        assertThat(background("/api/runs?limit=20")).isEqualTo(200);
        assertThat(background("/api/continuations")).isEqualTo(200);

        clock.advance(Duration.ofMinutes(11));

        assertThat(background("/api/continuations")).isEqualTo(401);
        assertThat(client.get("/api/session").status()).isEqualTo(401);
    }

    @Test
    void aPersonsRequestResetsTheIdleTime() {
        clock.advance(Duration.ofMinutes(20));
        assertThat(client.get("/api/runs?limit=20").status()).isEqualTo(200);

        clock.advance(Duration.ofMinutes(11));

        assertThat(background("/api/continuations")).isEqualTo(200);
        assertThat(client.get("/api/session").status()).isEqualTo(200);
    }
}
