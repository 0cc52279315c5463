package net.mspbridge.host.sandbox.ksc;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.Base64;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A KSC client as the wire profile describes it, on java.net.http: trusts only the pinned PEM
 * (hostname verification stays on), keeps the session cookie in a cookie jar.
 */
final class KscHttp {

    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client;
    private final URI base;

    KscHttp(KscSandbox sandbox, String pinnedPem) {
        this.base = sandbox.baseUrl();
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .cookieHandler(new CookieManager())
                .sslContext(trusting(pinnedPem))
                .build();
    }

    static SSLContext trusting(String pem) {
        try {
            KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
            trust.load(null, null);
            trust.setCertificateEntry("pinned", CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII))));
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trust);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, tmf.getTrustManagers(), null);
            return context;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> login(String user, String password, String vserver) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve("login")).timeout(Duration.ofSeconds(10))
                .header("Authorization", "KSCBasic user=\"" + b64(user) + "\", pass=\"" + b64(password) + "\", domain=\"\", internal=\"1\"")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.noBody());
        if (vserver != null) {
            b.header("X-KSC-VServer", b64(vserver));
        }
        return send(b.build());
    }

    HttpResponse<String> login(KscCredentials credentials, String vserver) {
        return login(credentials.userName(), credentials.password().reveal(), vserver);
    }

    HttpResponse<String> call(String method, String params) {
        return send(HttpRequest.newBuilder(base.resolve(method)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(params)).build());
    }

    /** A call that must succeed: HTTP 200 and no PxgError. */
    JsonNode ok(String method, String params) {
        HttpResponse<String> response = call(method, params);
        JsonNode body = json(response);
        if (response.statusCode() != 200 || body.has("PxgError")) {
            throw new AssertionError(method + " failed: " + response.statusCode() + " " + response.body());
        }
        return body;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }

    static String b64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
