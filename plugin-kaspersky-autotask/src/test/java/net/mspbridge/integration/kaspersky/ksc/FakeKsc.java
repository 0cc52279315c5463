package net.mspbridge.integration.kaspersky.ksc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;

import net.mspbridge.api.host.Secret;

/**
 * A Kaspersky Security Center Open API server for tests, speaking the project's wire profile over
 * HTTPS on 127.0.0.1 with its own self-signed certificate (issued for "ksc-sandbox.local", not
 * for 127.0.0.1). It checks what a client sends (login header, session cookie, parameters) as the
 * profile says, ends a session on {@code Session.EndSession}, lets accessors and iterators die with
 * the session that opened them, refuses a whole {@code FindHosts} call that asks for an attribute
 * hosts do not have (as a strict server does), records every call, and fails, expires sessions or
 * drops connections on request.
 */
public final class FakeKsc implements AutoCloseable {

    public static final String USER = "msp-billing";
    public static final String PASSWORD = "Pa55-w0rd-never-logged";
    static final String COOKIE = "KSCSession";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern AUTH = Pattern.compile(
            "KSCBasic user=\"([^\"]*)\", pass=\"([^\"]*)\", domain=\"([^\"]*)\", internal=\"1\"");

    /** One call as the server saw it. */
    public record Call(String method, String session, String virtualServer, JsonNode params, int connection) {
    }

    /** A fault on the {@code nth} call of a method: counted over all sessions, or per virtual server when one is named. */
    private record Fault(String virtualServer, String method, int nth, Supplier<MockResponse> response, boolean expire,
            boolean onward) {

        boolean matches(String calledMethod, int calledNth) {
            return method.equals(calledMethod) && (onward ? calledNth >= nth : calledNth == nth);
        }
    }

    private record Session(String token, String virtualServer) {
    }

    private final HeldCertificate certificate = new HeldCertificate.Builder()
            .commonName("ksc-sandbox.local").addSubjectAlternativeName("ksc-sandbox.local").build();
    private final MockWebServer server = new MockWebServer();
    private final Map<String, FakeVirtualServer> virtualServers = new LinkedHashMap<>();
    private final Map<String, Session> sessions = new HashMap<>();
    private final FakeCursors cursors = new FakeCursors();
    private final List<Call> calls = new ArrayList<>();
    private final List<String> logins = new ArrayList<>();
    private final List<Fault> faults = new ArrayList<>();
    private final Map<String, Integer> callsByMethod = new HashMap<>();
    private final Set<String> vanishOnLogin = new LinkedHashSet<>();
    private final Traffic traffic = new Traffic();
    private final Map<String, Integer> callsByVirtualServerMethod = new HashMap<>();
    private final List<String> endedSessions = new ArrayList<>();
    private int ids;

    /** The documented host attributes ("List of host attributes") the fake serves or accepts. */
    static final Set<String> HOST_ATTRIBUTES = Set.of("KLHST_WKS_HOSTNAME", "KLHST_WKS_DN", "KLHST_WKS_GROUPID",
            "KLHST_WKS_OS_NAME", "KLHST_WKS_CTYPE", "KLHST_WKS_PTYPE", "KLHST_WKS_FQDN", "KLHST_WKS_WINHOSTNAME",
            "KLHST_WKS_WINDOMAIN", "KLHST_WKS_OS_VER_MAJOR", "KLHST_WKS_OS_VER_MINOR", "KLHST_WKS_STATUS");

    private FakeKsc() {
    }

    /** A started server with no virtual servers. */
    public static FakeKsc start() {
        FakeKsc ksc = new FakeKsc();
        ksc.server.useHttps(new HandshakeCertificates.Builder().heldCertificate(ksc.certificate).build()
                .sslSocketFactory());
        ksc.server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return ksc.traffic.observe(cookie(request), () -> {
                    ksc.runHooks(request);
                    return ksc.handle(request);
                });
            }
        });
        try {
            ksc.server.start(InetAddress.getByName("127.0.0.1"), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ksc;
    }

    public synchronized FakeVirtualServer addVirtualServer(long id, String name) {
        FakeVirtualServer vs = new FakeVirtualServer(id, name);
        virtualServers.put(name, vs);
        return vs;
    }

    /** "127.0.0.1:port", as a person would type it. */
    public String address() {
        return "127.0.0.1:" + server.getPort();
    }

    public HeldCertificate certificate() {
        return certificate;
    }

    /** Settings for this server: the right user and password, the server's certificate pinned. */
    public KscSettings.Builder settings() {
        return KscSettings.builder(address(), USER, Secret.of(PASSWORD))
                .pin(CertificatePin.of(certificate.certificate()))
                .connectTimeout(java.time.Duration.ofSeconds(5))
                .callTimeout(java.time.Duration.ofSeconds(20));
    }

    /** The {@code nth} call (from 1) of {@code method} is answered with {@code response}. */
    public synchronized FakeKsc failOn(String method, int nth, Supplier<MockResponse> response) {
        faults.add(new Fault(null, method, nth, response, false, false));
        return this;
    }

    /**
     * The {@code nth} call (from 1) of {@code method} in sessions bound to {@code virtualServer} is
     * answered with {@code response}: independent of how calls of several virtual servers interleave.
     */
    public synchronized FakeKsc failOn(String virtualServer, String method, int nth, Supplier<MockResponse> response) {
        faults.add(new Fault(virtualServer, method, nth, response, false, false));
        return this;
    }

    /** Every call of {@code method} from the {@code nth} on, in sessions bound to {@code virtualServer}, gets {@code response}. */
    public synchronized FakeKsc failFrom(String virtualServer, String method, int nth, Supplier<MockResponse> response) {
        faults.add(new Fault(virtualServer, method, nth, response, false, true));
        return this;
    }

    /**
     * Runs {@code action} before each call of {@code method} (login included) made for
     * {@code virtualServer} (null: for any), on the server's thread for that connection and outside
     * its lock, so the action may wait for other calls to arrive. It must bound its waits.
     */
    public FakeKsc before(String virtualServer, String method, Runnable action) {
        traffic.before(virtualServer, method, action);
        return this;
    }

    /** Every call of {@code method} from the {@code nth} on is answered with {@code response}. */
    public synchronized FakeKsc failFrom(String method, int nth, Supplier<MockResponse> response) {
        faults.add(new Fault(null, method, nth, response, false, true));
        return this;
    }

    /** The session of the {@code nth} call (from 1) of {@code method} expires just before it. */
    public synchronized FakeKsc expireSessionOn(String method, int nth) {
        faults.add(new Fault(null, method, nth, null, true, false));
        return this;
    }

    /** The virtual server disappears when a session bound to it logs in (deleted while a run goes on). */
    public synchronized FakeKsc removeVirtualServerOnLogin(String name) {
        vanishOnLogin.add(name);
        return this;
    }

    public synchronized List<Call> calls() {
        return List.copyOf(calls);
    }

    public synchronized List<Call> calls(String method) {
        return calls.stream().filter(c -> c.method().equals(method)).toList();
    }

    /** How many calls of {@code method} arrived so far. */
    public synchronized int count(String method) {
        return callsByMethod.getOrDefault(method, 0);
    }

    /** The virtual server of each login, in order ("" for the main server). */
    public synchronized List<String> logins() {
        return List.copyOf(logins);
    }

    public synchronized Set<String> openAccessors() {
        return cursors.openAccessors();
    }

    public synchronized Set<String> openIterators() {
        return cursors.openIterators();
    }

    /** The most requests the server ever handled at once. */
    public int maxInFlight() {
        return traffic.maxInFlight();
    }

    /** The most requests of one session (by its cookie; logins not counted) the server ever handled at once. */
    public int maxInFlightPerSession() {
        return traffic.maxInFlightPerSession();
    }

    @Override
    public void close() {
        server.close();
    }

    // --- The server ------------------------------------------------------------------------------

    private synchronized MockResponse handle(RecordedRequest request) {
        String path = request.getUrl().encodedPath();
        if (!"POST".equals(request.getMethod()) || !path.startsWith("/api/v1.0/")) {
            return new MockResponse.Builder().code(404).build();
        }
        String method = path.substring("/api/v1.0/".length());
        if (method.equals("login")) {
            return login(request);
        }
        String contentType = request.getHeaders().get("Content-Type");
        if (contentType == null || !contentType.startsWith("application/json")) {
            return KscWire.pxgError(400, 1, "Content-Type must be application/json");
        }
        JsonNode params;
        try {
            params = JSON.readTree(request.getBody() == null ? "" : request.getBody().utf8());
        } catch (IOException e) {
            return KscWire.pxgError(400, 1, "malformed JSON");
        }
        Session session = sessions.get(cookie(request));
        int nth = callsByMethod.merge(method, 1, Integer::sum);
        int nthOfVirtualServer = session == null || session.virtualServer() == null ? 0
                : callsByVirtualServerMethod.merge(session.virtualServer() + "\u0000" + method, 1, Integer::sum);
        calls.add(new Call(method, session == null ? null : session.token(),
                session == null ? null : session.virtualServer(), params, request.getConnectionIndex()));
        if (session == null) {
            return KscWire.pxgError(401, 1, "Session not found or expired");
        }
        for (Iterator<Fault> it = faults.iterator(); it.hasNext(); ) {
            Fault fault = it.next();
            boolean applies = fault.virtualServer() == null ? fault.matches(method, nth)
                    : fault.virtualServer().equals(session.virtualServer()) && fault.matches(method, nthOfVirtualServer);
            if (applies) {
                if (!fault.onward()) {
                    it.remove();
                }
                if (fault.expire()) {
                    sessions.remove(session.token());
                    cursors.dropSession(session.token());
                    return KscWire.pxgError(401, 1, "Session not found or expired");
                }
                return fault.response().get();
            }
        }
        FakeVirtualServer vs = session.virtualServer() == null ? null : virtualServers.get(session.virtualServer());
        return switch (method) {
            case "VServers.GetVServers" -> getVServers(session, params);
            case "HostGroup.FindHosts" -> findHosts(vs, params, session.token());
            case "ChunkAccessor.GetItemsCount" -> cursors.itemsCount(params, session.token());
            case "ChunkAccessor.GetItemsChunk" -> cursors.itemsChunk(params, session.token());
            case "ChunkAccessor.Release" -> cursors.releaseAccessor(params, session.token());
            case "LicenseKeys.EnumKeys" -> enumKeys(vs, params, session.token());
            case "LicenseKeys.AcquireKeyHosts" -> acquireKeyHosts(vs, params, session.token());
            case "GroupSyncIterator.GetNextItems" -> cursors.nextItems(params, session.token());
            case "GroupSyncIterator.ReleaseIterator" -> cursors.releaseIterator(params, session.token());
            case "Session.EndSession" -> endSession(session);
            default -> KscWire.pxgError(200, 1, "Unknown method " + method);
        };
    }

    private void runHooks(RecordedRequest request) {
        if (!traffic.hasHooks()) {
            return;
        }
        String path = request.getUrl().encodedPath();
        String method = path.startsWith("/api/v1.0/") ? path.substring("/api/v1.0/".length()) : path;
        traffic.runHooks(virtualServerOf(request, method), method);
    }

    /** The virtual server a request is made for: a login's header, else its session's binding. */
    private synchronized String virtualServerOf(RecordedRequest request, String method) {
        if (method.equals("login")) {
            String header = request.getHeaders().get("X-KSC-VServer");
            return header == null ? null : decode(header);
        }
        Session session = sessions.get(cookie(request));
        return session == null ? null : session.virtualServer();
    }

    private MockResponse login(RecordedRequest request) {
        Matcher auth = AUTH.matcher(String.valueOf(request.getHeaders().get("Authorization")));
        if (!auth.matches() || !decode(auth.group(1)).equals(USER) || !decode(auth.group(2)).equals(PASSWORD)
                || !auth.group(3).isEmpty()) {
            return KscWire.pxgError(401, 5, "Authentication failed");
        }
        String vsHeader = request.getHeaders().get("X-KSC-VServer");
        String vsName = vsHeader == null ? null : decode(vsHeader);
        if (vsName != null && vanishOnLogin.remove(vsName)) {
            virtualServers.remove(vsName);
        }
        if (vsName != null && !virtualServers.containsKey(vsName)) {
            return KscWire.pxgError(401, 1184, "Virtual server not found");
        }
        String token = "s" + (++ids);
        sessions.put(token, new Session(token, vsName));
        logins.add(vsName == null ? "" : vsName);
        return new MockResponse.Builder().code(200)
                .addHeader("Set-Cookie", COOKIE + "=" + token + "; Path=/; Secure; HttpOnly")
                .addHeader("Content-Type", "application/json").body("{}").build();
    }

    private MockResponse getVServers(Session session, JsonNode params) {
        if (session.virtualServer() != null) {
            return KscWire.pxgError(200, 1, "Access denied");
        }
        if (params.path("lParentGroup").asInt(0) != -1) {
            return KscWire.pxgError(200, 1, "lParentGroup must be -1");
        }
        ArrayNode items = NODES.arrayNode();
        for (FakeVirtualServer vs : virtualServers.values()) {
            ObjectNode value = NODES.objectNode();
            value.put("KLVSRV_ID", vs.id);
            value.put("KLVSRV_DN", vs.name);
            value.put("KLVSRV_GRP", vs.id + 100);
            value.put("KLVSRV_ENABLED", vs.enabled);
            items.add(KscWire.params(value));
        }
        ObjectNode reply = NODES.objectNode();
        reply.set("PxgRetVal", items);
        return KscWire.json(200, reply);
    }

    private MockResponse findHosts(FakeVirtualServer vs, JsonNode params, String session) {
        if (!params.has("wstrFilter") || !params.path("vecFieldsToReturn").isArray()
                || !params.has("lMaxLifeTime")) {
            return KscWire.pxgError(200, 1, "FindHosts needs wstrFilter, vecFieldsToReturn, lMaxLifeTime");
        }
        for (JsonNode field : params.path("vecFieldsToReturn")) {
            if (!HOST_ATTRIBUTES.contains(field.asText())) {
                return KscWire.pxgError(200, 569, "Attribute '" + field.asText() + "' not found");
            }
        }
        return cursors.openAccessor(vs == null ? FakeItems.of(List.of()) : vs.hosts, session);
    }

    private MockResponse endSession(Session session) {
        sessions.remove(session.token());
        cursors.dropSession(session.token());
        endedSessions.add(session.token());
        return KscWire.json(200, NODES.objectNode());
    }

    /** The sessions ended with {@code Session.EndSession}, in order. */
    public synchronized List<String> endedSessions() {
        return List.copyOf(endedSessions);
    }

    /** The sessions still alive (logged in, neither ended nor expired). */
    public synchronized int liveSessions() {
        return sessions.size();
    }

    private MockResponse enumKeys(FakeVirtualServer vs, JsonNode params, String session) {
        if (!params.path("pFields").isArray() || !params.path("pFieldsToOrder").isArray()
                || !params.path("pOptions").isObject() || !params.has("lTimeoutSec")) {
            return KscWire.pxgError(200, 1, "EnumKeys needs pFields, pFieldsToOrder, pOptions, lTimeoutSec");
        }
        return cursors.openIterator(FakeItems.of(vs == null ? List.of() : vs.keys), session);
    }

    private MockResponse acquireKeyHosts(FakeVirtualServer vs, JsonNode params, String session) {
        String serial = params.path("pInData").path("KLLIC_SERIAL").asText("");
        if (serial.isEmpty() || !params.path("pFields").isArray() || !params.has("lTimeoutSec")) {
            return KscWire.pxgError(200, 1, "AcquireKeyHosts needs pInData.KLLIC_SERIAL, pFields, lTimeoutSec");
        }
        FakeItems users = vs == null ? null : vs.keyHosts.get(serial);
        if (users == null) {
            return KscWire.pxgError(200, 1, "Key not found");
        }
        return cursors.openIterator(users, session);
    }

    private static String cookie(RecordedRequest request) {
        String header = request.getHeaders().get("Cookie");
        if (header == null) {
            return null;
        }
        for (String part : header.split(";")) {
            String[] pair = part.strip().split("=", 2);
            if (pair.length == 2 && pair[0].equals(COOKIE)) {
                return pair[1];
            }
        }
        return null;
    }

    private static String decode(String base64) {
        try {
            return new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return "\u0000not base64";
        }
    }

}
