package net.mspbridge.host.sandbox.autotask;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

import com.fasterxml.jackson.databind.node.ObjectNode;

import net.mspbridge.host.sandbox.http.SandboxHttp;

/**
 * The Autotask sandbox on Jetty's core API. Each call goes: route -> zone lookup (no auth, no limit)
 * -> auth headers (401, or 500 for the integration code) -> rolling-hour threshold -> thread slot
 * (429) -> injected fault or latency -> the API -> a fault after the change (no answer, or a 500) -> slot
 * released -> answer.
 */
final class AutotaskHttpServer implements AutotaskSandbox {

    static final String THREAD_LIMIT_MESSAGE = "API thread threshold of %d threads has been exceeded";
    private static final int MAX_BODY = 1 << 20;

    private final AutotaskCredentials credentials;
    private final AutotaskState state;
    private final EndpointCounters counters = new EndpointCounters();
    private final RequestWindow window;
    private final FaultInjector faults;
    private final CountDownLatch closing = new CountDownLatch(1);
    private volatile AutotaskLimits options;
    private volatile CountDownLatch gate;
    private volatile String gatedEndpoint;
    private final SandboxHttp http;
    private final AutotaskApi api;

    private AutotaskHttpServer(AutotaskSandboxConfig config) {
        this.credentials = config.credentials();
        this.state = new AutotaskState(config.data(), config.clock(), config.persister());
        this.window = new RequestWindow(config.clock());
        this.faults = new FaultInjector(config.faults());
        this.options = config.options();
        this.api = new AutotaskApi(state, () -> baseUrl().toString(), () -> options.externalRequestThreshold(), window::count);
        this.http = SandboxHttp.plain(config.port(), "autotask-sandbox", 32, new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                serve(request, response, callback);
                return true;
            }
        });
        http.start();
    }

    static AutotaskHttpServer start(AutotaskSandboxConfig config) {
        return new AutotaskHttpServer(config);
    }

    private void serve(Request request, Response response, Callback callback) {
        String method = request.getMethod().toUpperCase(Locale.ROOT);
        Route route = Route.of(method, request.getHttpURI().getDecodedPath());
        counters.received(route.endpoint());
        Map<String, String> query = new HashMap<>();
        Fields fields = Request.extractQueryParameters(request, StandardCharsets.UTF_8);
        fields.forEach(f -> query.put(f.getName(), f.getValue()));
        String body;
        try {
            // Always read the body, even for calls answered with an error: a body left unread makes
            // Jetty close the connection, which a client would see as a fault nobody injected.
            body = readBody(request);
            if (route.action() == Route.Action.UNKNOWN) {
                throw AutotaskErrorAnswer.noResource(request.getHttpURI().asString());
            }
            if (route.action() == Route.Action.ZONE) {
                String zone = zone(query.get("user"));
                if (zone == null) {
                    throw AutotaskErrorAnswer.errors(500, "Zone information could not be determined");
                }
                SandboxHttp.answer(response, callback, 200, zone);
                return;
            }
            authenticate(request);
            if (!window.tryRecord(options.externalRequestThreshold())) {
                throw AutotaskErrorAnswer.errors(429, "The API request threshold of " + options.externalRequestThreshold()
                        + " requests per " + RequestWindow.TIMEFRAME_MINUTES + " minutes has been exceeded.");
            }
        } catch (AutotaskErrorAnswer e) {
            SandboxHttp.answer(response, callback, e.status, body(e));
            return;
        }
        int limit = options.threadLimit();
        if (!counters.tryAcquire(route.endpoint(), limit)) {
            SandboxHttp.answer(response, callback, 429, body(AutotaskErrorAnswer.errors(429, String.format(THREAD_LIMIT_MESSAGE, limit))));
            return;
        }
        Outcome outcome;
        try {
            outcome = process(route, method, query, body);
        } finally {
            counters.release(route.endpoint());
        }
        if (outcome.drop) {
            SandboxHttp.drop(request, callback, outcome.reset);
        } else {
            SandboxHttp.answer(response, callback, outcome.status, outcome.body);
        }
    }

    /** What to do with a call: answer it, or drop (reset) its connection. */
    private record Outcome(int status, String body, boolean drop, boolean reset) {
        static Outcome answer(int status, String body) {
            return new Outcome(status, body, false, false);
        }

        static Outcome dropped(boolean reset) {
            return new Outcome(0, null, true, reset);
        }
    }

    /** Runs while the call holds its thread slot. */
    private Outcome process(Route route, String method, Map<String, String> query, String body) {
        waitAtGate(route.endpoint());
        Optional<FaultKind> fault = faults.next(route.endpoint());
        fault.ifPresent(f -> counters.faultInjected(route.endpoint()));
        if (fault.isPresent() && !fault.get().changeMade()) {
            switch (fault.get()) {
                case TOO_MANY_REQUESTS -> {
                    return Outcome.answer(429, body(AutotaskErrorAnswer.errors(429, String.format(THREAD_LIMIT_MESSAGE, options.threadLimit()))));
                }
                case SERVER_ERROR -> {
                    return Outcome.answer(500, body(AutotaskErrorAnswer.unexpected()));
                }
                case TIMEOUT -> {
                    pause(faults.options().timeoutDelay());
                    return Outcome.dropped(false);
                }
                default -> {
                    return Outcome.dropped(true);
                }
            }
        }
        pause(options.latency());
        Outcome outcome;
        try {
            AutotaskApi.Answer answer = api.process(route, method, query, body);
            outcome = Outcome.answer(answer.status(), answer.body());
        } catch (AutotaskErrorAnswer e) {
            outcome = Outcome.answer(e.status, body(e));
        }
        if (fault.isPresent()) {
            if (fault.get() == FaultKind.SERVER_ERROR_AFTER_COMMIT) {
                // Only a call that succeeded was saved; a refusal keeps its own 500.
                return outcome.status() / 100 == 2 ? Outcome.answer(500, body(AutotaskErrorAnswer.unexpected())) : outcome;
            }
            if (fault.get() == FaultKind.TIMEOUT_AFTER_COMMIT) {
                pause(faults.options().timeoutDelay());
            }
            return Outcome.dropped(false);
        }
        return outcome;
    }

    private void authenticate(Request request) {
        String user = request.getHeaders().get("UserName");
        String secret = request.getHeaders().get("Secret");
        String code = request.getHeaders().get("ApiIntegrationCode");
        boolean userOk = user != null && user.trim().equalsIgnoreCase(credentials.userName());
        boolean secretOk = secret != null && MessageDigest.isEqual(secret.getBytes(StandardCharsets.UTF_8),
                credentials.secret().reveal().getBytes(StandardCharsets.UTF_8));
        if (!userOk || !secretOk) {
            // ASP.NET Web API's own 401 body (Autotask runs on it); the exact body of Autotask's 401 is not documented.
            throw AutotaskErrorAnswer.aspNet(401, "Authorization has been denied for this request.");
        }
        boolean codeOk = code != null && MessageDigest.isEqual(code.trim().getBytes(StandardCharsets.UTF_8),
                credentials.integrationCode().getBytes(StandardCharsets.UTF_8));
        if (!codeOk) {
            throw AutotaskErrorAnswer.errors(500, "IntegrationCode is invalid.");
        }
    }

    private String zone(String user) {
        if (user == null || !user.trim().equalsIgnoreCase(credentials.userName())) {
            return null;
        }
        ObjectNode node = AutotaskApi.json().createObjectNode();
        node.put("zoneName", "Sandbox (127.0.0.1)");
        node.put("url", baseUrl().toString());
        node.put("webUrl", "http://127.0.0.1:" + port() + "/");
        node.put("ci", 20264);
        return node.toString();
    }

    private static String readBody(Request request) {
        if (request.getLength() > MAX_BODY) {
            throw AutotaskErrorAnswer.errors(413, "The request body is larger than " + MAX_BODY + " bytes.");
        }
        try {
            String body = SandboxHttp.body(request);
            if (body.length() > MAX_BODY) {
                throw AutotaskErrorAnswer.errors(413, "The request body is larger than " + MAX_BODY + " bytes.");
            }
            return body;
        } catch (java.io.IOException e) {
            throw AutotaskErrorAnswer.errors(400, "The request body could not be read: " + e.getMessage());
        }
    }

    private static String body(AutotaskErrorAnswer e) {
        ObjectNode node = AutotaskApi.json().createObjectNode();
        if (e.aspNetShape) {
            node.put("Message", e.messages.get(0));
        } else {
            e.messages.forEach(node.putArray("errors")::add);
        }
        return node.toString();
    }

    /** Waits, but never past {@link #close()}. */
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

    private void waitAtGate(String endpoint) {
        CountDownLatch g = gate;
        if (g != null && endpoint.equalsIgnoreCase(gatedEndpoint)) {
            try {
                g.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Tests: calls on the endpoint that got their thread slot wait until {@link #openGate()} (at most 30 s). */
    void closeGate(String endpoint) {
        gatedEndpoint = endpoint;
        gate = new CountDownLatch(1);
    }

    void openGate() {
        CountDownLatch g = gate;
        gate = null;
        if (g != null) {
            g.countDown();
        }
    }

    int inFlight(String endpoint) {
        return counters.inFlight(endpoint);
    }

    @Override
    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + http.port() + "/ATServicesRest/");
    }

    @Override
    public int port() {
        return http.port();
    }

    @Override
    public AutotaskCredentials credentials() {
        return credentials;
    }

    @Override
    public AutotaskLimits options() {
        return options;
    }

    @Override
    public void setOptions(AutotaskLimits value) {
        this.options = java.util.Objects.requireNonNull(value, "options");
    }

    @Override
    public FaultOptions faults() {
        return faults.options();
    }

    @Override
    public void setFaults(FaultOptions value) {
        faults.set(java.util.Objects.requireNonNull(value, "faults"));
    }

    @Override
    public void scheduleFaults(String endpoint, FaultKind... kinds) {
        faults.schedule(endpoint, kinds);
    }

    @Override
    public Map<FaultKind, Long> faultsInjected() {
        return faults.injected();
    }

    @Override
    public Map<FaultKind, Long> faultsInjected(String endpoint) {
        return faults.injected(endpoint);
    }

    @Override
    public AutotaskStats stats() {
        return new AutotaskStats(counters.snapshot(), window.count());
    }

    @Override
    public void resetStats() {
        counters.reset();
        window.reset();
        faults.resetCounts();
    }

    @Override
    public AutotaskData snapshot() {
        return state.snapshot();
    }

    @Override
    public void close() {
        closing.countDown();
        openGate();
        http.close();
    }
}
