package net.mspbridge.integration.kaspersky.ksc;

import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

import okhttp3.OkHttpClient;

/**
 * Which Administration Server certificates a client trusts.
 *
 * <p>Without a pin: the JVM's certificate authorities and OkHttp's standard host name check, as for
 * any https site. With a pin: the server's own (leaf) certificate must be one of the pinned ones,
 * and then nothing else is checked: not the chain, not the host name, not the validity dates.
 * The pin is the identity, as in SSH's known hosts; KSC's self-signed certificate usually names
 * the server's NetBIOS name, not the address an MSP reaches it by, so a name check would refuse
 * exactly the servers a pin exists for. The host name verifier of a pinned client checks the pin
 * again rather than accepting everything, so no code path trusts all.
 *
 * <p>Either way the trust manager remembers the fingerprint of the last certificate it refused,
 * so the error can show it to the person, who compares it with the server's before pinning it.
 */
final class KscTrust {

    private final X509ExtendedTrustManager trustManager;
    private final HostnameVerifier hostnameVerifier;
    private final SSLContext context;
    private final AtomicReference<String> lastRefused = new AtomicReference<>();

    private KscTrust(Optional<CertificatePin> pin) {
        if (pin.isPresent()) {
            this.trustManager = new PinnedTrustManager(pin.get(), lastRefused);
            this.hostnameVerifier = new PinnedHostnameVerifier(pin.get());
        } else {
            this.trustManager = new RecordingTrustManager(platformTrustManager(), lastRefused);
            this.hostnameVerifier = null;
        }
        try {
            this.context = SSLContext.getInstance("TLS");
            this.context.init(null, new TrustManager[] {trustManager}, null);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JVM cannot set up TLS", e);
        }
    }

    static KscTrust of(Optional<CertificatePin> pin) {
        return new KscTrust(pin);
    }

    /** Applies this trust to a client builder. */
    OkHttpClient.Builder applyTo(OkHttpClient.Builder builder) {
        builder.sslSocketFactory(context.getSocketFactory(), trustManager);
        if (hostnameVerifier != null) {
            builder.hostnameVerifier(hostnameVerifier);
        }
        return builder;
    }

    /** The fingerprint of the server certificate refused since the last ask, if one was; asking clears it. */
    Optional<String> takeRefusedFingerprint() {
        return Optional.ofNullable(lastRefused.getAndSet(null));
    }

    boolean pinned() {
        return hostnameVerifier != null;
    }

    private static X509ExtendedTrustManager platformTrustManager() {
        try {
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init((KeyStore) null);
            for (TrustManager manager : factory.getTrustManagers()) {
                if (manager instanceof X509ExtendedTrustManager x509) {
                    return x509;
                }
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JVM's trust store cannot be read", e);
        }
        throw new IllegalStateException("the JVM has no X.509 trust manager");
    }

    /** Trusts exactly the pinned leaf certificates. */
    private static final class PinnedTrustManager extends X509ExtendedTrustManager {

        private final CertificatePin pin;
        private final AtomicReference<String> lastRefused;

        PinnedTrustManager(CertificatePin pin, AtomicReference<String> lastRefused) {
            this.pin = pin;
            this.lastRefused = lastRefused;
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            if (chain == null || chain.length == 0) {
                throw new CertificateException("the server presented no certificate");
            }
            if (!pin.matches(chain[0])) {
                String fingerprint = CertificatePin.fingerprint(chain[0]);
                lastRefused.set(fingerprint);
                throw new CertificateException("server certificate " + fingerprint + " is not the pinned one");
            }
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
                throws CertificateException {
            checkServerTrusted(chain, authType);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
                throws CertificateException {
            checkServerTrusted(chain, authType);
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            throw new CertificateException("a KSC client does not accept client certificates");
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
                throws CertificateException {
            checkClientTrusted(chain, authType);
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
                throws CertificateException {
            checkClientTrusted(chain, authType);
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }

    /** The JVM's trust, remembering the fingerprint of a refused server certificate. */
    private static final class RecordingTrustManager extends X509ExtendedTrustManager {

        private final X509ExtendedTrustManager delegate;
        private final AtomicReference<String> lastRefused;

        RecordingTrustManager(X509ExtendedTrustManager delegate, AtomicReference<String> lastRefused) {
            this.delegate = delegate;
            this.lastRefused = lastRefused;
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            try {
                delegate.checkServerTrusted(chain, authType);
            } catch (CertificateException e) {
                throw remember(chain, e);
            }
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
                throws CertificateException {
            try {
                delegate.checkServerTrusted(chain, authType, socket);
            } catch (CertificateException e) {
                throw remember(chain, e);
            }
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
                throws CertificateException {
            try {
                delegate.checkServerTrusted(chain, authType, engine);
            } catch (CertificateException e) {
                throw remember(chain, e);
            }
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            delegate.checkClientTrusted(chain, authType);
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
                throws CertificateException {
            delegate.checkClientTrusted(chain, authType, socket);
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
                throws CertificateException {
            delegate.checkClientTrusted(chain, authType, engine);
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return delegate.getAcceptedIssuers();
        }

        private CertificateException remember(X509Certificate[] chain, CertificateException e) {
            if (chain != null && chain.length > 0) {
                lastRefused.set(CertificatePin.fingerprint(chain[0]));
            }
            return e;
        }
    }

    /** Under a pin the name is not checked; the pinned certificate is checked once more instead. */
    private static final class PinnedHostnameVerifier implements HostnameVerifier {

        private final CertificatePin pin;

        PinnedHostnameVerifier(CertificatePin pin) {
            this.pin = pin;
        }

        @Override
        public boolean verify(String hostname, SSLSession session) {
            try {
                return session.getPeerCertificates().length > 0
                        && session.getPeerCertificates()[0] instanceof X509Certificate leaf
                        && pin.matches(leaf);
            } catch (SSLPeerUnverifiedException e) {
                return false;
            }
        }
    }
}
