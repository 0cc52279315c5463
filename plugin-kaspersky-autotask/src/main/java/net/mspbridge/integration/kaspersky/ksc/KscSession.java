package net.mspbridge.integration.kaspersky.ksc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;

import javax.net.ssl.SSLException;
import javax.net.ssl.SSLPeerUnverifiedException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import okhttp3.ConnectionPool;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;


/**
 * One Open API session: logged in with {@code KSCBasic}, optionally bound to a virtual server, kept
 * on one connection (a pool of one) with its own cookie jar, as Kaspersky's own client does.
 * Calls run one at a time (the methods are synchronized). A call answered with HTTP 401 means the
 * session is gone: the session logs in again. Then a session that {@linkplain #restartsOnRenewal()
 * restarts on renewal} throws {@link Renewed} instead of repeating the call, because nothing public
 * says that chunk accessors and iterators opened before survive a new login: its reader starts
 * again from the beginning. Any other session repeats the call once.
 *
 * <p>The password is revealed only to build the login header and is never logged. Closing a
 * session that logged in ends it on the server with {@code Session.EndSession} (KSC Open API,
 * class Session, KSC/16/KSCAPI/a00854.html), so a server read for hundreds of virtual servers a day
 * does not hold hundreds of idle sessions; then its connection is dropped.
 */
final class KscSession implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(KscSession.class);
    private static final MediaType JSON = MediaType.get("application/json");
    private static final String API = "api/v1.0/";
    private static final int ERROR_BODY_LIMIT = 64 * 1024;
    /** PxgError code of a login bound to a virtual server that does not exist. */
    static final int VIRTUAL_SERVER_NOT_FOUND = 1184;

    private final KscSettings settings;
    private final KscTrust trust;
    private final ObjectMapper mapper;
    private final Optional<String> virtualServer;
    private final LongAdder calls;
    private final ConnectionPool pool = new ConnectionPool(1, 1, TimeUnit.MINUTES);
    private final SessionCookieJar cookies = new SessionCookieJar();
    private final OkHttpClient client;
    private final boolean restartsOnRenewal;
    private boolean loggedIn;
    private int logins;

    /**
     * The session was renewed (a new login after HTTP 401) during {@link #method()}: whatever the old
     * session opened is gone, so the reading must start again. The session is logged in again and
     * usable. Not a failure: the reader catches it.
     */
    static final class Renewed extends RuntimeException {

        private static final long serialVersionUID = 1L;
        private final String method;

        Renewed(String method) {
            super("the Kaspersky Security Center session was renewed during " + method, null, false, false);
            this.method = method;
        }

        String method() {
            return method;
        }
    }

    KscSession(OkHttpClient base, KscSettings settings, KscTrust trust, ObjectMapper mapper,
            Optional<String> virtualServer, LongAdder calls, boolean restartsOnRenewal) {
        this.settings = settings;
        this.restartsOnRenewal = restartsOnRenewal;
        this.trust = trust;
        this.mapper = mapper;
        this.virtualServer = virtualServer;
        this.calls = calls;
        this.client = base.newBuilder().connectionPool(pool).cookieJar(cookies).build();
    }

    /** The virtual server this session is bound to; empty for the main server. */
    Optional<String> virtualServer() {
        return virtualServer;
    }

    /** Whether a renewal throws {@link Renewed} instead of repeating the call. */
    boolean restartsOnRenewal() {
        return restartsOnRenewal;
    }

    /** How many times this session logged in (1 + renewals). */
    synchronized int logins() {
        return logins;
    }

    /**
     * Logs in now (calls log in by themselves when needed).
     *
     * @throws KscLoginRefusedException      when the credentials are refused
     * @throws UnknownVirtualServerException when the bound virtual server does not exist
     * @throws KscUnreachableException       when the server cannot be reached
     * @throws KscCertificateException       when its certificate is not trusted
     */
    synchronized void login() {
        cookies.clear();
        loggedIn = false;
        logins++;
        Request.Builder request = new Request.Builder()
                .url(settings.baseUrl().resolve(API + "login").toString())
                .header("Authorization", authorization())
                .post(RequestBody.create(new byte[0], null));
        virtualServer.ifPresent(name -> request.header("X-KSC-VServer", base64(name)));
        try (Response response = execute(request.build(), "login")) {
            if (response.code() == 401 || response.code() == 403) {
                throw refused(response);
            }
            if (!response.isSuccessful()) {
                read(response, "login", null, item -> { });
            }
            checkLoginBody(response);
            loggedIn = true;
        }
    }

    /** Calls {@code Class.Method} with named parameters; the whole reply is small. */
    Reply call(String method, Map<String, ?> params) {
        return stream(method, params, null, item -> { });
    }

    /**
     * Calls {@code Class.Method} and hands each item of the reply's {@code container}
     * ({@code pChunk}, {@code pData}) to {@code sink} while it is read; the sink must not keep them.
     * An exception from the sink ends the call and propagates as it is.
     *
     * @throws KscCallException        when the server answers with a {@code PxgError} or an unexpected status;
     *                                 the message names the method, the attribute the server refused (when
     *                                 its message names one of those asked for) and the server's own text
     * @throws KscUnreachableException when the connection fails or times out
     * @throws Renewed                 when the session was renewed during the call and {@link #restartsOnRenewal()}
     */
    synchronized Reply stream(String method, Map<String, ?> params, String container, Consumer<JsonNode> sink) {
        if (!loggedIn) {
            login();
        }
        byte[] body;
        try {
            body = mapper.writeValueAsBytes(params);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("parameters of " + method + " cannot be written as JSON", e);
        }
        for (int attempt = 1; ; attempt++) {
            Request request = new Request.Builder()
                    .url(settings.baseUrl().resolve(API + method).toString())
                    .post(RequestBody.create(body, JSON))
                    .build();
            try (Response response = execute(request, method)) {
                if (response.code() != 401) {
                    return read(response, method, container, sink);
                }
            } catch (KscCallException e) {
                throw Calls.namingAttribute(e, params);
            }
            // The 401 answer is closed before logging in again, so the new login reuses the connection.
            if (attempt > 1) {
                throw new KscCallException("Kaspersky Security Center refused the session for " + method
                        + " (HTTP 401) right after a new login. Check that the KSC user (ksc.username) may use"
                        + " the Open API" + virtualServer.map(vs -> " on virtual server '" + vs + "'").orElse("")
                        + ".", method, 401, null, null, null);
            }
            login();
            if (restartsOnRenewal) {
                LOG.info("KSC session expired during {}; logged in again, the reading starts over", method);
                throw new Renewed(method);
            }
            LOG.info("KSC session expired during {}; logging in again and repeating the call", method);
        }
    }

    /**
     * Ends the session on the server when it logged in ({@code Session.EndSession}), then drops the
     * connection. A failure to end it is only logged: the server ends an idle session by itself.
     */
    @Override
    public synchronized void close() {
        try {
            if (loggedIn) {
                endSession();
            }
        } finally {
            pool.evictAll();
        }
    }

    private void endSession() {
        String method = "Session.EndSession";
        Request request = new Request.Builder()
                .url(settings.baseUrl().resolve(API + method).toString())
                .post(RequestBody.create(new byte[] {'{', '}'}, JSON))
                .build();
        try (Response response = execute(request, method)) {
            if (response.code() != 401) {
                read(response, method, null, item -> { });
            }
            loggedIn = false;
        } catch (KscException e) {
            LOG.warn("Could not end the Kaspersky Security Center session{}; it expires by itself: {}",
                    virtualServer.map(vs -> " of virtual server '" + vs + "'").orElse(""), e.getMessage());
        }
    }

    private Response execute(Request request, String method) {
        calls.increment();
        long started = System.nanoTime();
        try {
            Response response = client.newCall(request).execute();
            if (LOG.isDebugEnabled()) {
                LOG.debug("KSC {} -> HTTP {} in {} ms", method, response.code(),
                        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
            }
            return response;
        } catch (SSLPeerUnverifiedException e) {
            throw new KscCertificateException("Kaspersky Security Center at " + settings.displayAddress()
                    + " presented a certificate issued for another name than '" + request.url().host()
                    + "'. Use the name the certificate was issued for in the address (" + KscSettingKeys.ADDRESS
                    + "), or pin the server's certificate (" + KscSettingKeys.CERTIFICATE_PIN + ").", null, e);
        } catch (SSLException e) {
            Optional<String> refused = trust.takeRefusedFingerprint();
            if (refused.isEmpty()) {
                throw Calls.unreachable(settings, "TLS handshake for " + method, e);
            }
            throw untrusted(refused.get(), e);
        } catch (IOException e) {
            throw Calls.unreachable(settings, method, e);
        }
    }

    private KscCertificateException untrusted(String fingerprint, SSLException cause) {
        String where = "Kaspersky Security Center at " + settings.displayAddress();
        if (trust.pinned()) {
            return new KscCertificateException(where + " presented the certificate with SHA-256 fingerprint "
                    + fingerprint + ", which is not the pinned certificate (" + KscSettingKeys.CERTIFICATE_PIN
                    + "). If the server's certificate was replaced, check this fingerprint on the server and pin"
                    + " the new certificate.", fingerprint, cause);
        }
        return new KscCertificateException(where + " presented a certificate this host does not trust (SHA-256"
                + " fingerprint " + fingerprint + "): it is self-signed or issued by an authority the JVM does not"
                + " know. If this is the fingerprint of the Administration Server's own certificate (klserver.cer"
                + " on the server), set it as the certificate pin (" + KscSettingKeys.CERTIFICATE_PIN + ").",
                fingerprint, cause);
    }

    private RuntimeException refused(Response response) {
        Optional<JsonNode> error = errorOf(response);
        Integer code = error.flatMap(e -> KscValues.number(e, "code")).map(Long::intValue).orElse(null);
        if (code != null && code == VIRTUAL_SERVER_NOT_FOUND && virtualServer.isPresent()) {
            return new UnknownVirtualServerException("Kaspersky Security Center at " + settings.displayAddress()
                    + " has no virtual server named '" + virtualServer.get() + "'. Check the virtual server"
                    + " setting (" + KscSettingKeys.VIRTUAL_SERVER + "): it must be a virtual server's name"
                    + " exactly as Security Center shows it, or empty to bill every virtual server.",
                    virtualServer.get(), List.of());
        }
        String serverMessage = error.flatMap(e -> KscValues.text(e, "message")).map(Calls::shorten)
                .map(m -> ": " + m).orElse("");
        return new KscLoginRefusedException("Kaspersky Security Center at " + settings.displayAddress()
                + " refused to log in user '" + settings.username() + "' (HTTP " + response.code() + serverMessage
                + "). Check the user name (" + KscSettingKeys.USERNAME + ") and password ("
                + KscSettingKeys.PASSWORD + "); the user must be a Security Center internal user.",
                response.code(), code);
    }

    private Reply read(Response response, String method, String container, Consumer<JsonNode> sink) {
        if (!response.isSuccessful()) {
            throw errorOf(response).map(error -> Calls.pxgError(method, response.code(), error))
                    .orElseGet(() -> Calls.notApi(method, response.code(), null));
        }
        ResponseBody body = response.body();
        try (JsonParser parser = mapper.createParser(body.byteStream())) {
            return Reply.read(parser, method, response.code(), container, sink);
        } catch (JsonProcessingException e) {
            throw Calls.notApi(method, response.code(), e);
        } catch (IOException e) {
            throw Calls.unreachable(settings, "reading the answer to " + method, e);
        }
    }

    /** A successful login answers {@code {}}; an empty body is taken as that, a {@code PxgError} is not. */
    private void checkLoginBody(Response response) {
        String text;
        try {
            text = response.body().string();
        } catch (IOException e) {
            throw Calls.unreachable(settings, "reading the answer to login", e);
        }
        if (text.isBlank()) {
            return;
        }
        try (JsonParser parser = mapper.createParser(text)) {
            Reply.read(parser, "login", response.code(), null, item -> { });
        } catch (JsonProcessingException e) {
            throw Calls.notApi("login", response.code(), e);
        } catch (IOException e) {
            throw new IllegalStateException("reading a string cannot fail", e);
        }
    }

    /** The {@code PxgError} of an error answer, when it carries one. */
    private Optional<JsonNode> errorOf(Response response) {
        try {
            String text = response.peekBody(ERROR_BODY_LIMIT).string();
            if (text.isBlank()) {
                return Optional.empty();
            }
            JsonNode error = mapper.readTree(text).get("PxgError");
            return error == null || !error.isObject() ? Optional.empty() : Optional.of(error);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private String authorization() {
        // The one place the password is revealed: it goes into the header and nowhere else.
        return "KSCBasic user=\"" + base64(settings.username()) + "\", pass=\""
                + base64(settings.password().reveal()) + "\", domain=\"\", internal=\"1\"";
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
