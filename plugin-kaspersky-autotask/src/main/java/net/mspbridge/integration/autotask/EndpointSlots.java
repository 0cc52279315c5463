package net.mspbridge.integration.autotask;

import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Semaphore;

/**
 * The in-flight slots of every client one factory builds. Autotask counts its 3 threads per
 * integration code and endpoint, not per client, so the settings page's client and a billing run's
 * client on the same integration code draw from the same slots. Thread-safe; the map holds one entry
 * per (integration code, limit, endpoint) ever used, a handful.
 */
final class EndpointSlots {

    private final ConcurrentMap<Key, Semaphore> slots = new ConcurrentHashMap<>();

    /**
     * The fair semaphore of {@code permits} slots for calls with this integration code to this
     * endpoint (ignoring case). Clients configured with different limits do not share slots.
     */
    Semaphore of(String integrationCode, int permits, String endpoint) {
        Key key = new Key(integrationCode, permits, endpoint.toLowerCase(Locale.ROOT));
        return slots.computeIfAbsent(key, k -> new Semaphore(permits, true));
    }

    private record Key(String integrationCode, int permits, String endpoint) {

        @Override
        public String toString() {
            return "Key[integrationCode=******, permits=" + permits + ", endpoint=" + endpoint + "]";
        }
    }
}
