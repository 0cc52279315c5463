package net.mspbridge.integration.kaspersky.ksc;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;

import com.fasterxml.jackson.databind.ObjectMapper;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;

/**
 * Opens sessions to one Administration Server. Holds the one {@link OkHttpClient} of the server
 * (TLS trust, time-outs, HTTP/1.1); each session derives its own pool of one connection and its
 * own cookie jar from it. Synchronous calls only, so the client starts no threads of its own.
 * Counts every HTTP request its sessions make.
 */
final class KscConnector {

    private final KscSettings settings;
    private final KscTrust trust;
    private final OkHttpClient client;
    private final ObjectMapper mapper = new ObjectMapper();
    private final LongAdder calls = new LongAdder();

    KscConnector(KscSettings settings) {
        this.settings = settings;
        this.trust = KscTrust.of(settings.pin());
        this.client = trust.applyTo(new OkHttpClient.Builder())
                // The session lives on one HTTP/1.1 connection, as with KSC's own client.
                .protocols(List.of(Protocol.HTTP_1_1))
                .socketFactory(new NoDelaySockets())
                .followRedirects(false)
                .followSslRedirects(false)
                .connectTimeout(settings.connectTimeout())
                .readTimeout(settings.callTimeout())
                .writeTimeout(settings.callTimeout())
                .callTimeout(settings.callTimeout())
                .build();
    }

    KscSettings settings() {
        return settings;
    }

    /**
     * A session on the main server (not bound to a virtual server); it logs in on first use and
     * repeats a call after a new login (its calls open no accessor).
     */
    KscSession mainSession() {
        return new KscSession(client, settings, trust, mapper, Optional.empty(), calls, false);
    }

    /**
     * A session bound to the virtual server with this display name ({@code KLVSRV_DN}); after a new
     * login it throws {@link KscSession.Renewed}, so its reader starts again.
     */
    KscSession virtualServerSession(String displayName) {
        return new KscSession(client, settings, trust, mapper, Optional.of(displayName), calls, true);
    }

    /** HTTP requests made so far by all sessions, logins included. */
    long calls() {
        return calls.sum();
    }
}
