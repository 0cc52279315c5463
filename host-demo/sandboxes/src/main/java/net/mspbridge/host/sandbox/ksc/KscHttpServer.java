package net.mspbridge.host.sandbox.ksc;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import net.mspbridge.host.sandbox.http.SandboxHttp;

/** The KSC sandbox on Jetty's core API over TLS: login, sessions, counters; the methods are {@link KscCalls}. */
final class KscHttpServer implements KscSandbox {

    static final String PREFIX = "/api/v1.0/";
    static final String COOKIE = "KSCSessionId";
    private static final Pattern AUTH_PART = Pattern.compile("(\\w+)=\"([^\"]*)\"");
    private static final SecureRandom RANDOM = new SecureRandom();

    private static final class Session {
        final Long vs;
        volatile Instant lastUsed;

        Session(Long vs, Instant now) {
            this.vs = vs;
            this.lastUsed = now;
        }
    }

    private final KscDirectory directory;
    private final KscCredentials credentials;
    private final KscCertificate certificate;
    private final Clock clock;
    private final KscCalls calls;
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> callCounts = new ConcurrentHashMap<>();
    private final AtomicLong logins = new AtomicLong();
    private final AtomicLong unauthorized = new AtomicLong();
    private final AtomicLong callsSeen = new AtomicLong();
    private final AtomicInteger peakPerSession = new AtomicInteger();
    private final Map<Long, AtomicLong> callsByVs = new ConcurrentHashMap<>();
    /** Calls in flight per session cookie (a login has none yet: it is not counted). */
    private final Map<String, Integer> inFlightByCaller = new ConcurrentHashMap<>();
    private final AtomicInteger sessionsInFlight = new AtomicInteger();
    private final AtomicInteger peakSessionsInFlight = new AtomicInteger();
    private final CountDownLatch closing = new CountDownLatch(1);
    private volatile KscOptions options;
    private final SandboxHttp http;

    private KscHttpServer(KscSandboxConfig config) {
        this.directory = config.directory();
        this.credentials = config.credentials();
        this.certificate = config.certificate();
        this.clock = config.clock();
        this.options = config.options();
        this.calls = new KscCalls(directory, clock);
        byte[] password = new byte[18];
        RANDOM.nextBytes(password);
        String storePassword = Base64.getEncoder().encodeToString(password);
        this.http = SandboxHttp.tls(config.port(), "ksc-sandbox", 16, new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                serve(request, response, callback);
                return true;
            }
        }, certificate.keyStore(storePassword), storePassword);
        http.start();
    }

    static KscHttpServer start(KscSandboxConfig config) {
        return new KscHttpServer(config);
    }

    private void serve(Request request, Response response, Callback callback) {
        String path = request.getHttpURI().getDecodedPath();
        String method = path.startsWith(PREFIX) ? path.substring(PREFIX.length()) : path;
        callCounts.computeIfAbsent(method, k -> new AtomicLong()).incrementAndGet();
        // In flight from its arrival, the latency included: that is when the client has a call out.
        String caller = method.equals("login") ? null : cookie(request);
        enter(caller);
        try {
            // Every call is a round trip, logins and EndSession included: the latency stands for the network.
            pause(options.latency());
            String body = SandboxHttp.body(request);
            if (!path.startsWith(PREFIX) || method.isEmpty()) {
                throw new PxgError(404, PxgError.UNKNOWN_METHOD, "Not found: " + path);
            }
            if (!request.getMethod().equals("POST")) {
                throw new PxgError(405, PxgError.INVALID_ARGUMENT, "Open API calls are POST requests");
            }
            if (method.equals("login")) {
                String token = login(request);
                countFor(sessions.get(token).vs);
                response.getHeaders().add(HttpHeader.SET_COOKIE, COOKIE + "=" + token + "; Path=/; Secure; HttpOnly");
                SandboxHttp.answer(response, callback, 200, "{}");
                return;
            }
            String token = cookie(request);
            Session session = session(request);
            countFor(session.vs);
            JsonNode params = parse(body);
            if (method.equals("Session.EndSession")) {
                // Ends the session at once: its accessors and iterators go with it.
                sessions.remove(token);
                calls.dropSession(token);
                SandboxHttp.answer(response, callback, 200, "{}");
                return;
            }
            ObjectNode result = calls.call(method, new KscCalls.Caller(token, session.vs), params);
            // Before answering: once the client has the answer, its clock may move on (tests do).
            session.lastUsed = clock.instant();
            SandboxHttp.answer(response, callback, 200, result.toString());
        } catch (PxgError e) {
            if (e.status == 401) {
                unauthorized.incrementAndGet();
            }
            ObjectNode error = KscCalls.JSON.createObjectNode();
            error.putObject("PxgError").put("code", e.code).put("message", e.getMessage());
            SandboxHttp.answer(response, callback, e.status, error.toString());
        } catch (java.io.IOException e) {
            SandboxHttp.answer(response, callback, 400, "{\"PxgError\":{\"code\":" + PxgError.INVALID_ARGUMENT
                    + ",\"message\":\"the request body could not be read\"}}");
        } finally {
            exit(caller);
        }
    }

    /** A call of {@code caller}'s session is out (a session takes one at a time; the peaks say if a client kept to it). */
    private void enter(String caller) {
        if (caller != null) {
            inFlightByCaller.compute(caller, (k, calls) -> {
                int now = calls == null ? 1 : calls + 1;
                peakPerSession.accumulateAndGet(now, Math::max);
                if (now == 1) {
                    peakSessionsInFlight.accumulateAndGet(sessionsInFlight.incrementAndGet(), Math::max);
                }
                return now;
            });
        }
    }

    private void exit(String caller) {
        if (caller != null) {
            inFlightByCaller.computeIfPresent(caller, (k, calls) -> {
                if (calls > 1) {
                    return calls - 1;
                }
                sessionsInFlight.decrementAndGet();
                return null;
            });
        }
    }

    /** Checks the KSCBasic header and the virtual server; returns the new session's cookie value. */
    private String login(Request request) {
        String header = request.getHeaders().get(HttpHeader.AUTHORIZATION);
        if (header == null || !header.startsWith("KSCBasic ")) {
            throw PxgError.unauthorized(PxgError.AUTH_FAILED, "Authentication failed: a KSCBasic Authorization header is required");
        }
        Map<String, String> parts = new HashMap<>();
        Matcher m = AUTH_PART.matcher(header.substring("KSCBasic ".length()));
        while (m.find()) {
            parts.put(m.group(1), m.group(2));
        }
        String user = decode(parts.get("user"));
        String pass = decode(parts.get("pass"));
        String domain = decode(parts.getOrDefault("domain", ""));
        boolean ok = user != null && pass != null && domain != null
                && user.equals(credentials.userName())
                && domain.equalsIgnoreCase(credentials.domain())
                && MessageDigest.isEqual(pass.getBytes(StandardCharsets.UTF_8), credentials.password().reveal().getBytes(StandardCharsets.UTF_8));
        if (!ok) {
            throw PxgError.unauthorized(PxgError.AUTH_FAILED, "Authentication failed: wrong user name or password");
        }
        Long vs = null;
        String vserver = request.getHeaders().get("X-KSC-VServer");
        if (vserver != null && !vserver.isBlank()) {
            String name = decode(vserver.trim());
            Optional<VServer> found = name == null ? Optional.empty() : directory.virtualServer(name);
            if (found.isEmpty()) {
                throw PxgError.unauthorized(PxgError.VSERVER_NOT_FOUND, "Virtual server not found");
            }
            vs = found.get().id();
        }
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String token = HexFormat.of().formatHex(bytes);
        sessions.put(token, new Session(vs, clock.instant()));
        logins.incrementAndGet();
        return token;
    }

    private void countFor(Long vs) {
        if (vs != null) {
            callsByVs.computeIfAbsent(vs, k -> new AtomicLong()).incrementAndGet();
        }
    }

    private Session session(Request request) {
        long n = callsSeen.incrementAndGet();
        int every = options.expireSessionsEveryCalls();
        if (every > 0 && n % every == 0) {
            sessions.clear();
            calls.retainSessions(sessions.keySet());
        }
        String token = cookie(request);
        Session session = token == null ? null : sessions.get(token);
        if (session != null && Duration.between(session.lastUsed, clock.instant()).compareTo(options.sessionLifetime()) > 0) {
            sessions.remove(token);
            calls.dropSession(token);
            session = null;
        }
        if (session == null) {
            throw PxgError.unauthorized(PxgError.SESSION_EXPIRED, "The session is missing or has expired: log in again");
        }
        session.lastUsed = clock.instant();
        return session;
    }

    private static String cookie(Request request) {
        for (String header : request.getHeaders().getValuesList(HttpHeader.COOKIE)) {
            for (String part : header.split(";")) {
                String p = part.trim();
                if (p.startsWith(COOKIE + "=")) {
                    return p.substring(COOKIE.length() + 1);
                }
            }
        }
        return null;
    }

    private static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return KscCalls.JSON.createObjectNode();
        }
        try {
            JsonNode node = KscCalls.JSON.readTree(body);
            if (node == null || !node.isObject()) {
                throw new PxgError(400, PxgError.INVALID_ARGUMENT, "The request body must be a JSON object of named parameters");
            }
            return node;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new PxgError(400, PxgError.INVALID_ARGUMENT, "The request body is not valid JSON: " + e.getOriginalMessage());
        }
    }

    private static String decode(String base64) {
        if (base64 == null) {
            return null;
        }
        try {
            return new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private void pause(Duration duration) {
        if (duration.isZero()) {
            return;
        }
        try {
            closing.await(duration.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public URI baseUrl() {
        return URI.create("https://127.0.0.1:" + http.port() + PREFIX);
    }

    @Override
    public int port() {
        return http.port();
    }

    @Override
    public KscCredentials credentials() {
        return credentials;
    }

    @Override
    public String certificatePem() {
        return certificate.certificatePem();
    }

    @Override
    public String certificateFingerprintSha256() {
        return certificate.fingerprintSha256();
    }

    @Override
    public KscOptions options() {
        return options;
    }

    @Override
    public void setOptions(KscOptions value) {
        this.options = Objects.requireNonNull(value, "options");
    }

    @Override
    public int liveSessions() {
        Instant now = clock.instant();
        return (int) sessions.values().stream()
                .filter(s -> Duration.between(s.lastUsed, now).compareTo(options.sessionLifetime()) <= 0).count();
    }

    @Override
    public void expireAllSessions() {
        sessions.clear();
        calls.retainSessions(sessions.keySet());
    }

    @Override
    public KscStats stats() {
        Map<String, Long> counts = new HashMap<>();
        callCounts.forEach((k, v) -> counts.put(k, v.get()));
        Map<Long, Long> byVs = new HashMap<>();
        callsByVs.forEach((k, v) -> byVs.put(k, v.get()));
        return new KscStats(counts, logins.get(), unauthorized.get(), calls.openAccessors(), calls.openIterators(),
                peakPerSession.get(), byVs, peakSessionsInFlight.get());
    }

    @Override
    public void resetStats() {
        callCounts.clear();
        logins.set(0);
        unauthorized.set(0);
        peakPerSession.set(0);
        callsByVs.clear();
        peakSessionsInFlight.set(0);
    }

    @Override
    public void close() {
        closing.countDown();
        http.close();
    }
}
