package net.mspbridge.host.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sessions in memory (a restart signs everyone out), with idle expiry, an absolute lifetime and a
 * cap on their number.
 *
 * <p>Failed sign-ins slow down, in two lines: per account, which no choice of source address gets
 * around (every address of 127.0.0.0/8 reaches this host), and per client address. Both answer with
 * short growing delays rather than a lock, and neither holds up a browser that signed in before
 * ({@link KnownBrowsers}), so failing on purpose cannot keep the administrator out.
 */
final class DefaultAuthenticator implements Authenticator {

    private static final Logger log = LoggerFactory.getLogger(DefaultAuthenticator.class);
    private static final int MAX_SESSIONS = 50;
    private static final int FREE_FAILURES = 5;
    private static final Duration FAILURE_WINDOW = Duration.ofMinutes(15);
    /** The account's line: 1, 2, 4 ... s, at most 30 s: two guesses a minute however many clients. */
    static final Duration ACCOUNT_MAX_DELAY = Duration.ofSeconds(30);
    /** The client's line: 2, 4, 8 ... s, at most a minute. */
    static final Duration CLIENT_MAX_DELAY = Duration.ofSeconds(60);
    private static final int KNOWN_BROWSERS = 20;
    private static final int KNOWN_BROWSER_FAILURES = 5;

    private final AdminAccount account;
    private final Clock clock;
    private final Duration idleTimeout;
    private final LoginThrottle accountThrottle;
    private final LoginThrottle clientThrottle;
    private final SecureRandom random = new SecureRandom();
    private final KnownBrowsers browsers = new KnownBrowsers(random, KNOWN_BROWSERS, KNOWN_BROWSER_FAILURES);
    private final Map<String, Entry> sessions = new ConcurrentHashMap<>();

    DefaultAuthenticator(AdminAccount account, Clock clock, Duration idleTimeout) {
        this.account = account;
        this.clock = clock;
        this.idleTimeout = idleTimeout;
        this.accountThrottle = new LoginThrottle(clock, FREE_FAILURES, Duration.ofSeconds(1), ACCOUNT_MAX_DELAY,
                FAILURE_WINDOW);
        this.clientThrottle = new LoginThrottle(clock, FREE_FAILURES, Duration.ofSeconds(2), CLIENT_MAX_DELAY,
                FAILURE_WINDOW);
    }

    @Override
    public SignIn signIn(String client, Optional<String> browser, String password) {
        boolean known = browsers.known(browser);
        if (!known) {
            Optional<Duration> blocked = longest(accountThrottle.blockedFor(ADMIN), clientThrottle.blockedFor(client));
            if (blocked.isPresent()) {
                log.warn("Sign-in from {} refused for {} ms: too many failed sign-ins lately", client,
                        blocked.get().toMillis());
                throw new TooManyLoginsException(blocked.get());
            }
        }
        if (!account.verify(password)) {
            if (known) {
                browsers.failed(browser.get());
            } else {
                accountThrottle.failed(ADMIN);
                clientThrottle.failed(client);
            }
            log.warn("Failed sign-in from {}{}", client, known ? " (a browser that signed in before)" : "");
            throw new LoginFailedException();
        }
        clientThrottle.succeeded(client);
        Session session = new Session(token(), ADMIN, token(), clock.instant());
        evictIfFull();
        sessions.put(session.id(), new Entry(session, clock.instant()));
        log.info("{} signed in from {}", ADMIN, client);
        return new SignIn(session, browsers.remember(browser));
    }

    private static Optional<Duration> longest(Optional<Duration> a, Optional<Duration> b) {
        if (a.isEmpty()) {
            return b;
        }
        return b.isPresent() && b.get().compareTo(a.get()) > 0 ? b : a;
    }

    private void evictIfFull() {
        Instant now = clock.instant();
        sessions.values().removeIf(e -> e.expired(now, idleTimeout, MAX_LIFETIME));
        while (sessions.size() >= MAX_SESSIONS) {
            sessions.values().stream().min(Comparator.comparing(e -> e.lastSeen))
                    .ifPresent(oldest -> sessions.remove(oldest.session.id()));
        }
    }

    @Override
    public Optional<Session> session(String sessionId) {
        return find(sessionId, true);
    }

    @Override
    public Optional<Session> sessionLeftIdle(String sessionId) {
        return find(sessionId, false);
    }

    private Optional<Session> find(String sessionId, boolean seen) {
        if (sessionId == null) {
            return Optional.empty();
        }
        Entry entry = sessions.get(sessionId);
        if (entry == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (entry.expired(now, idleTimeout, MAX_LIFETIME)) {
            sessions.remove(sessionId);
            return Optional.empty();
        }
        if (seen) {
            entry.lastSeen = now;
        }
        return Optional.of(entry.session);
    }

    @Override
    public void logout(String sessionId) {
        if (sessionId != null) {
            sessions.remove(sessionId);
        }
    }

    @Override
    public boolean csrfMatches(Session session, String token) {
        if (token == null) {
            return false;
        }
        return MessageDigest.isEqual(session.csrfToken().getBytes(StandardCharsets.UTF_8),
                token.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public Duration idleTimeout() {
        return idleTimeout;
    }

    private String token() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static final class Entry {
        final Session session;
        volatile Instant lastSeen;

        Entry(Session session, Instant lastSeen) {
            this.session = session;
            this.lastSeen = lastSeen;
        }

        boolean expired(Instant now, Duration idle, Duration lifetime) {
            return !lastSeen.plus(idle).isAfter(now) || !session.createdAt().plus(lifetime).isAfter(now);
        }
    }
}
