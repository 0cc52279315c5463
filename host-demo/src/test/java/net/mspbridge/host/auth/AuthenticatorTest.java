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
            assertThatThrownBy(() -> setUp(Optional.of(Secret.of("elevenchars")))).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("HOST_ADMIN_PASSWORD is too weak: it has 11 characters and must have at least 12. Choose a "
                            + "longer one (a few words make a good passphrase), or start without HOST_ADMIN_PASSWORD to have "
                            + "the host generate one.");
            assertThat(setUp(Optional.of(Secret.of("twelve chars"))).authenticator()).isNotNull();
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
        void fiveFailuresAreFreeThenEachCostsAShortGrowingDelayEvenForTheRightPassword() {
            for (int i = 0; i < 6; i++) {
                assertThatThrownBy(() -> auth.login("127.0.0.1", "guess")).isInstanceOf(LoginFailedException.class);
            }

            // The sixth failure costs 1 s for the account and 2 s for the client: the longer one counts.
            assertThatThrownBy(() -> auth.login("127.0.0.1", "correct horse"))
                    .isInstanceOfSatisfying(TooManyLoginsException.class,
                            e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(2)))
                    .hasMessage("too many failed sign-ins: try again in 2 s");
            clock.advance(Duration.ofSeconds(2));
            assertThat(auth.login("127.0.0.1", "correct horse")).isNotNull();
        }

        @Test
        void guessesFromManyLoopbackAddressesAreSlowedAsOneAccount() {
            for (int i = 1; i <= 6; i++) {
                String client = "127.0.1." + i;
                assertThatThrownBy(() -> auth.login(client, "guess")).isInstanceOf(LoginFailedException.class);
            }

            assertThatThrownBy(() -> auth.login("127.0.1.7", "guess")).isInstanceOf(TooManyLoginsException.class);
        }

        @Test
        void theRightPasswordIsNeverRefusedForLongerThanHalfAMinuteFromANewAddress() {
            for (int i = 1; i <= 60; i++) {
                String client = "127.0.2." + i;
                try {
                    auth.login(client, "guess");
                } catch (TooManyLoginsException e) {
                    clock.advance(e.retryAfter());
                } catch (LoginFailedException e) {
                    // counted
                }
            }

            Duration waited = Duration.ZERO;
            try {
                auth.login("127.0.3.1", "correct horse");
            } catch (TooManyLoginsException e) {
                waited = e.retryAfter();
                clock.advance(waited);
            }
            assertThat(waited).isLessThanOrEqualTo(Duration.ofSeconds(30));
            assertThat(auth.login("127.0.3.1", "correct horse")).isNotNull();
        }

        @Test
        void aBrowserThatSignedInBeforeIsNotHeldUpByOthersFailures() {
            String browser = auth.signIn("127.0.0.1", Optional.empty(), "correct horse").browser();
            for (int i = 0; i < 10; i++) {
                try {
                    auth.login("127.0.0.1", "guess");
                } catch (AuthException e) {
                    // failures, then delays
                }
            }
            assertThatThrownBy(() -> auth.login("127.0.0.1", "correct horse")).isInstanceOf(TooManyLoginsException.class);

            Authenticator.SignIn again = auth.signIn("127.0.0.1", Optional.of(browser), "correct horse");

            assertThat(again.session()).isNotNull();
            assertThat(again.browser()).isEqualTo(browser);
        }

        @Test
        void aKnownBrowserThatKeepsGuessingLosesItsStanding() {
            String browser = auth.signIn("127.0.0.1", Optional.empty(), "correct horse").browser();
            for (int i = 0; i < 5; i++) {
                assertThatThrownBy(() -> auth.signIn("127.0.0.1", Optional.of(browser), "guess"))
                        .isInstanceOf(LoginFailedException.class);
            }
            for (int i = 0; i < 6; i++) {
                assertThatThrownBy(() -> auth.signIn("127.0.0.1", Optional.of(browser), "guess"))
                        .isInstanceOf(LoginFailedException.class);
            }

            assertThatThrownBy(() -> auth.signIn("127.0.0.1", Optional.of(browser), "guess"))
                    .isInstanceOf(TooManyLoginsException.class);
        }

        @Test
        void aSessionEndsTwelveHoursAfterSignInHoweverBusy() {
            Session session = auth.login("127.0.0.1", "correct horse");
            for (int i = 0; i < 35; i++) {
                clock.advance(Duration.ofMinutes(20));
                assertThat(auth.session(session.id())).as("after %d minutes", (i + 1) * 20).isPresent();
            }
            clock.advance(Duration.ofMinutes(20));

            assertThat(auth.session(session.id())).isEmpty();
        }

        @Test
        void emptyAndOverlongPasswordsSimplyFail() {
            assertThatThrownBy(() -> auth.login("127.0.0.1", "")).isInstanceOf(LoginFailedException.class);
            assertThatThrownBy(() -> auth.login("127.0.0.1", null)).isInstanceOf(LoginFailedException.class);
            assertThatThrownBy(() -> auth.login("127.0.0.1", "x".repeat(500))).isInstanceOf(LoginFailedException.class);
        }
    }
}
