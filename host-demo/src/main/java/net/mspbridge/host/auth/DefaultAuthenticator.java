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

/** Sessions in memory (a restart signs everyone out), with idle expiry and a cap on their number. */
final class DefaultAuthenticator implements Authenticator {

    private static final Logger log = LoggerFactory.getLogger(DefaultAuthenticator.class);
    private static final int MAX_SESSIONS = 50;
    private static final int MAX_FAILURES = 5;
    private static final Duration FAILURE_WINDOW = Duration.ofMinutes(5);

    private final AdminAccount account;
    private final Clock clock;
    private final Duration idleTimeout;
    private final LoginThrottle throttle;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Entry> sessions = new ConcurrentHashMap<>();

    DefaultAuthenticator(AdminAccount account, Clock clock, Duration idleTimeout) {
        this.account = account;
        this.clock = clock;
        this.idleTimeout = idleTimeout;
        this.throttle = new LoginThrottle(clock, MAX_FAILURES, FAILURE_WINDOW);
    }

    @Override
    public Session login(String client, String password) {
        Optional<Duration> blocked = throttle.blockedFor(client);
        if (blocked.isPresent()) {
            log.warn("Sign-in from {} refused: too many failures", client);
            throw new TooManyLoginsException(blocked.get());
        }
        if (!account.verify(password)) {
            throttle.failed(client);
            log.warn("Failed sign-in from {}", client);
            throw new LoginFailedException();
        }
        Session session = new Session(token(), ADMIN, token(), clock.instant());
        evictIfFull();
        sessions.put(session.id(), new Entry(session, clock.instant()));
        log.info("{} signed in from {}", ADMIN, client);
        return session;
    }

    private void evictIfFull() {
        Instant now = clock.instant();
        sessions.values().removeIf(e -> e.expired(now, idleTimeout));
        while (sessions.size() >= MAX_SESSIONS) {
            sessions.values().stream().min(Comparator.comparing(e -> e.lastSeen))
                    .ifPresent(oldest -> sessions.remove(oldest.session.id()));
        }
    }

    @Override
    public Optional<Session> session(String sessionId) {
        if (sessionId == null) {
            return Optional.empty();
        }
        Entry entry = sessions.get(sessionId);
        if (entry == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (entry.expired(now, idleTimeout)) {
            sessions.remove(sessionId);
            return Optional.empty();
        }
        entry.lastSeen = now;
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

        boolean expired(Instant now, Duration idle) {
            return !lastSeen.plus(idle).isAfter(now);
        }
    }
}
