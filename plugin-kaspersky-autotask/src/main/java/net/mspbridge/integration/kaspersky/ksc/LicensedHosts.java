package net.mspbridge.integration.kaspersky.ksc;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import net.mspbridge.integration.kaspersky.NotBilledReason;

/**
 * The hosts of one virtual server that use licence keys, and per product whether that use bills:
 * read from {@code LicenseKeys.EnumKeys} (every key, also those products reported but nobody added,
 * so their hosts are counted with a reason rather than dropped) and {@code LicenseKeys.AcquireKeyHosts}
 * for each key that some host uses (a key whose {@code KLLIC_NHOSTS_ASCURRENT} and
 * {@code KLLIC_NHOSTS_ASNEXT} are both 0 has no hosts to read, KSC/13/KSCAPI/a00115.html). Each use is decided by {@link BillingRules}; a host listed under several keys for one
 * product (its active key and its reserve key) bills when one of its uses bills.
 *
 * <p>Product ids are kept upper-case: real servers send them in varying case ({@code kesl} as well
 * as {@code KESL}), and they are compared ignoring case everywhere.
 *
 * <p>Memory: one map entry per host on a key with a small map of its products (some 270 bytes a host
 * with KSC's 36-character host ids). Keys are few and kept as a list; a use is one {@code int}, the
 * verdict in its low byte and the index of the key it was decided on above it, so the evidence can
 * name the key a device runs on without a string per host.
 */
final class LicensedHosts {

    private static final Logger LOG = LoggerFactory.getLogger(LicensedHosts.class);
    private static final int TIMEOUT_SECONDS = 300;
    /** The verdict of a use that bills; any other verdict is a {@link NotBilledReason} ordinal + 1. */
    static final byte BILLS = 0;
    private static final NotBilledReason[] REASONS = NotBilledReason.values();

    private final Map<String, Map<String, Integer>> byHost = new HashMap<>();
    private final List<String> serials = new ArrayList<>();
    private boolean anyBills;

    private LicensedHosts() {
    }

    /**
     * Reads the keys and their hosts in the session's virtual server.
     *
     * @throws KscCallException when a key or key host carries a date that is not a date-time (naming
     *                          the call, the key and the attribute), or a call fails
     */
    static LicensedHosts read(KscSession session, LocalDate billingDate, int batch) {
        LicensedHosts hosts = new LicensedHosts();
        List<LicenceKey> keys = keys(session, batch);
        for (LicenceKey key : keys) {
            if (key.serial().isEmpty()) {
                LOG.warn("A licence key without a serial was listed; no hosts can be asked for it");
                continue;
            }
            if (key.noHosts()) {
                // The key list says no host uses it, as active or as reserve: nothing to ask (2 calls saved).
                LOG.debug("Licence key {} is used by no host; its hosts are not asked for", key.serial());
                continue;
            }
            hosts.serials.add(key.serial());
            hosts.addHostsOf(session, key, hosts.serials.size() - 1, billingDate, batch);
        }
        LOG.debug("{} licence keys, used by {} hosts ({} billing)", keys.size(), hosts.byHost.size(),
                hosts.anyBills ? "some" : "none");
        return hosts;
    }

    /** The use per upper-case product id of a host, removing it: each host is counted once; null when none. */
    Map<String, Integer> take(String hostId) {
        return byHost.remove(hostId);
    }

    /** The hosts not taken yet, with their verdicts; what a key listed but the device list did not. */
    Map<String, Map<String, Integer>> remaining() {
        return byHost;
    }

    /** Whether some use of some key bills: else no host's category is needed. */
    boolean anyBills() {
        return anyBills;
    }

    boolean isEmpty() {
        return byHost.isEmpty();
    }

    /** The reason of a use that does not bill. */
    static NotBilledReason reason(int use) {
        return REASONS[verdict(use) - 1];
    }

    /** The verdict of a use: {@link #BILLS} or a reason's ordinal + 1. */
    static byte verdict(int use) {
        return (byte) (use & 0xff);
    }

    /** Whether a use bills. */
    static boolean bills(int use) {
        return verdict(use) == BILLS;
    }

    /** The serial of the key a use was decided on. */
    String serial(int use) {
        return serials.get(use >>> 8);
    }

    /**
     * Two uses of one product of one host: one that bills wins; else an active key's reason wins
     * over "reserve key only"; else the first.
     */
    static int merge(int first, int second) {
        if (bills(first)) {
            return first;
        }
        if (bills(second)) {
            return second;
        }
        return reason(first) == NotBilledReason.RESERVE_KEY_ONLY ? second : first;
    }

    private static List<LicenceKey> keys(KscSession session, int batch) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("pFields", LicenceKey.FIELDS);
        params.put("pFieldsToOrder", List.of());
        // Every key: also those products report but nobody added, whose hosts the report counts.
        params.put("pOptions", Map.of());
        params.put("lTimeoutSec", TIMEOUT_SECONDS);
        List<LicenceKey> keys = new ArrayList<>();
        iterate(session, "LicenseKeys.EnumKeys", params, batch, item -> keys.add(parsed("LicenseKeys.EnumKeys",
                item, LicenceKey::of)));
        return keys;
    }

    private void addHostsOf(KscSession session, LicenceKey key, int keyIndex, LocalDate billingDate, int batch) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("pInData", Map.of("KLLIC_SERIAL", key.serial()));
        params.put("pFields", KeyHost.FIELDS);
        params.put("pFieldsToOrder", List.of());
        params.put("pOptions", Map.of());
        params.put("lTimeoutSec", TIMEOUT_SECONDS);
        String method = "LicenseKeys.AcquireKeyHosts";
        iterate(session, method, params, batch, item -> {
            KeyHost use = parsed(method, item, json -> {
                try {
                    return KeyHost.of(json);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("licence key " + key.serial() + ", " + e.getMessage(), e);
                }
            });
            if (use.hostId().isEmpty() || use.product().isEmpty()) {
                return;
            }
            Optional<NotBilledReason> reason = BillingRules.decide(key, use, billingDate);
            int verdict = reason.map(r -> r.ordinal() + 1).orElse((int) BILLS);
            anyBills |= verdict == BILLS;
            byHost.computeIfAbsent(use.hostId(), h -> new HashMap<>(2))
                    .merge(use.product().toUpperCase(Locale.ROOT), keyIndex << 8 | verdict, LicensedHosts::merge);
        });
    }

    /** Parses an item, turning a malformed value into a failure of the call that names it. */
    private static <T> T parsed(String method, JsonNode item, Function<JsonNode, T> parser) {
        try {
            return parser.apply(item);
        } catch (IllegalArgumentException e) {
            throw Calls.malformed(method, e.getMessage(), e);
        }
    }

    /** Opens an iterator with {@code method}, reads it to the end and releases it. */
    private static void iterate(KscSession session, String method, Map<String, Object> params, int batch,
            Consumer<JsonNode> sink) {
        Reply opened = session.call(method, params);
        String iterator = opened.text("wstrIterator").orElseThrow(() -> Calls.notApi(method, 200, null));
        if (opened.number("lKeyCount").orElse(-1L) == 0) {
            // Nothing to read: release without asking for an empty page.
            Released.reading("iterator", () -> SyncIterator.release(session, iterator), () -> 0);
            return;
        }
        SyncIterator.drain(session, iterator, batch, sink);
    }
}
