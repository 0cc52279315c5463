package net.mspbridge.host.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import net.mspbridge.api.host.Secret;
import net.mspbridge.host.db.Database;
import net.mspbridge.host.fake.MutableClock;

class AuthenticatorTest {

    private static final int COST = 4;
    private static final Duration IDLE = Duration.ofMinutes(30);

    @TempDir
    Path dataDir;
    private Database db;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-03T10:00:00Z"), ZoneOffset.UTC);

    @BeforeEach
    void open() {
        db = Database.open(dataDir);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Authenticator.Setup setUp(Optional<Secret> fromEnvironment) {
        return Authenticator.setUp(db, fromEnvironment, COST, clock, IDLE);
    }

    private String storedHash() {
        return db.read(c -> {
            try (ResultSet rs = c.createStatement().executeQuery("SELECT password_hash FROM admin_account")) {
                rs.next();
                return rs.getString(1);
            }
        });
    }

    @Nested
    class ThePassword {

        @Test
        void aFirstStartWithoutOneGeneratesOneShownOnceAndStoresOnlyItsHash() {
            Authenticator.Setup first = setUp(Optional.empty());
            String password = first.generatedPassword().orElseThrow().reveal();

            assertThat(password).matches("[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}");
            assertThat(storedHash()).startsWith("$2a$04$").doesNotContain(password);
            Authenticator.Setup second = setUp(Optional.empty());
            assertThat(second.generatedPassword()).isEmpty();
            assertThat(second.authenticator().login("127.0.0.1", password).user()).isEqualTo("admin");
        }

        @Test
        void theAnnouncementShowsThePasswordAndWhereToSignIn() {
            Authenticator.Setup setup = setUp(Optional.empty());
            ByteArrayOutputStream out = new ByteArrayOutputStream();

            setup.announce(new PrintStream(out, true, StandardCharsets.UTF_8), "http://127.0.0.1:8080/");

            assertThat(out.toString(StandardCharsets.UTF_8)).contains(setup.generatedPassword().orElseThrow().reveal(),
                    "http://127.0.0.1:8080/", "HOST_ADMIN_PASSWORD", "shown once");
        }

        @Test
        void aPasswordFromTheEnvironmentReplacesTheStoredOne() {
            String generated = setUp(Optional.empty()).generatedPassword().orElseThrow().reveal();

            Authenticator auth = setUp(Optional.of(Secret.of("chosen by the MSP"))).authenticator();

            assertThat(auth.login("127.0.0.1", "chosen by the MSP")).isNotNull();
            assertThatThrownBy(() -> auth.login("127.0.0.1", generated)).isInstanceOf(LoginFailedException.class);
            assertThat(setUp(Optional.of(Secret.of("chosen by the MSP"))).generatedPassword()).isEmpty();
        }

        @Test
        void aTooShortOrTooLongEnvironmentPasswordIsRefusedClearly() {
            assertThatThrownBy(() -> setUp(Optional.of(Secret.of("short")))).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("HOST_ADMIN_PASSWORD must be at least 8 characters long");
            assertThatThrownBy(() -> setUp(Optional.of(Secret.of("x".repeat(73))))).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("at most 72 bytes");
        }
    }

    @Nested
    class Sessions {

        private Authenticator auth;

        @BeforeEach
        void signInPossible() {
            auth = setUp(Optional.of(Secret.of("correct horse"))).authenticator();
        }

        @Test
        void aSessionLivesWhileUsedAndExpiresWhenIdle() {
            Session session = auth.login("127.0.0.1", "correct horse");

            clock.advance(Duration.ofMinutes(29));
            assertThat(auth.session(session.id())).contains(session);
            clock.advance(Duration.ofMinutes(29));
            assertThat(auth.session(session.id())).contains(session);
            clock.advance(Duration.ofMinutes(30));
            assertThat(auth.session(session.id())).isEmpty();
        }

        @Test
        void loggingOutEndsTheSession() {
            Session session = auth.login("127.0.0.1", "correct horse");

            auth.logout(session.id());

            assertThat(auth.session(session.id())).isEmpty();
            assertThat(auth.session(null)).isEmpty();
        }

        @Test
        void eachSessionHasItsOwnUnguessableIdAndCsrfToken() {
            Session a = auth.login("127.0.0.1", "correct horse");
            Session b = auth.login("127.0.0.1", "correct horse");

            assertThat(a.id()).isNotEqualTo(b.id()).hasSizeGreaterThanOrEqualTo(43);
            assertThat(a.csrfToken()).isNotEqualTo(b.csrfToken()).isNotEqualTo(a.id());
            assertThat(auth.csrfMatches(a, a.csrfToken())).isTrue();
            assertThat(auth.csrfMatches(a, b.csrfToken())).isFalse();
            assertThat(auth.csrfMatches(a, null)).isFalse();
            assertThat(a.toString()).doesNotContain(a.id(), a.csrfToken());
        }

        @Test
        void fiveFailuresBlockSignInEvenWithTheRightPasswordUntilTheWindowPasses() {
            for (int i = 0; i < 5; i++) {
                assertThatThrownBy(() -> auth.login("127.0.0.1", "guess")).isInstanceOf(LoginFailedException.class);
            }

            assertThatThrownBy(() -> auth.login("127.0.0.1", "correct horse"))
                    .isInstanceOfSatisfying(TooManyLoginsException.class,
                            e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofMinutes(5)))
                    .hasMessage("too many failed sign-ins: try again in 300 s");
            clock.advance(Duration.ofMinutes(5));
            assertThat(auth.login("127.0.0.1", "correct horse")).isNotNull();
        }

        @Test
        void emptyAndOverlongPasswordsSimplyFail() {
            assertThatThrownBy(() -> auth.login("127.0.0.1", "")).isInstanceOf(LoginFailedException.class);
            assertThatThrownBy(() -> auth.login("127.0.0.1", null)).isInstanceOf(LoginFailedException.class);
            assertThatThrownBy(() -> auth.login("127.0.0.1", "x".repeat(500))).isInstanceOf(LoginFailedException.class);
        }
    }
}
