package net.mspbridge.integration.autotask;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.function.Consumer;

import mockwebserver3.MockWebServer;
import okhttp3.Dns;
import okhttp3.OkHttpClient;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;

/**
 * Makes real Autotask zone hosts for tests: HTTPS MockWebServers with a certificate for
 * {@code *.autotask.net} from a test CA, and an OkHttp tuning whose DNS sends every
 * {@code *.autotask.net} name to 127.0.0.1 (and refuses any other name, so nothing reaches the
 * internet) and which trusts that CA. The client's zone policy runs unchanged against them.
 */
final class TlsZones {

    private final HeldCertificate root = new HeldCertificate.Builder()
            .certificateAuthority(0).commonName("mspbridge test root").build();
    private final HeldCertificate serverCertificate = new HeldCertificate.Builder()
            .signedBy(root).commonName("*.autotask.net").addSubjectAlternativeName("*.autotask.net").build();
    private final HandshakeCertificates serverSide = new HandshakeCertificates.Builder()
            .heldCertificate(serverCertificate, root.certificate()).build();
    private final HandshakeCertificates clientSide = new HandshakeCertificates.Builder()
            .addTrustedCertificate(root.certificate()).build();

    /** An HTTPS server on 127.0.0.1 that presents the *.autotask.net certificate. */
    void serveHttps(MockWebServer server) {
        server.useHttps(serverSide.sslSocketFactory());
    }

    /** The OkHttp tuning for the client: test DNS and trust in the test CA. */
    Consumer<OkHttpClient.Builder> tuning() {
        Dns dns = host -> {
            if (host.endsWith(".autotask.net") || host.equals("127.0.0.1")) {
                return List.of(InetAddress.getByName("127.0.0.1"));
            }
            throw new UnknownHostException(host + " (test DNS resolves only *.autotask.net)");
        };
        return builder -> builder.dns(dns).sslSocketFactory(clientSide.sslSocketFactory(), clientSide.trustManager());
    }

    /** A fake Autotask zone host: HTTPS on 127.0.0.1, reached as {@code https://<name>:<port>/}. */
    AutotaskStub zoneHost() {
        return new AutotaskStub(this::serveHttps);
    }

    /** The zone URL Autotask would name for a stub, e.g. {@code https://webservices5.autotask.net:PORT/ATServicesRest/}. */
    static String zoneUrl(String host, AutotaskStub stub) {
        return "https://" + host + ":" + stub.server().getPort() + "/ATServicesRest/";
    }
}
