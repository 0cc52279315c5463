package net.mspbridge.host.auth;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Browsers that signed in before, each known by a random token it keeps in a cookie (OWASP's
 * "device cookie" against lock-outs). A known browser is not held up by the delays that other
 * clients' failures caused, so nobody can keep the administrator out by failing on purpose; it
 * has its own small failure allowance, after which its token is forgotten and it is treated as
 * any other client. In memory: a restart forgets every browser. Thread-safe.
 */
final class KnownBrowsers {

    private final SecureRandom random;
    private final int maxBrowsers;
    private final int maxFailures;
    /** Token to failures since its last success, oldest sign-in first. */
    private final Map<String, Integer> failures = new LinkedHashMap<>();

    KnownBrowsers(SecureRandom random, int maxBrowsers, int maxFailures) {
        this.random = random;
        this.maxBrowsers = maxBrowsers;
        this.maxFailures = maxFailures;
    }

    synchronized boolean known(Optional<String> token) {
        return token.isPresent() && failures.containsKey(token.get());
    }

    /** After a sign-in: the browser's token, kept when it was known, else a new one. */
    synchronized String remember(Optional<String> token) {
        String kept = token.filter(failures::containsKey).orElseGet(this::newToken);
        failures.remove(kept);
        failures.put(kept, 0);
        while (failures.size() > maxBrowsers) {
            failures.remove(failures.keySet().iterator().next());
        }
        return kept;
    }

    /** A wrong password from a known browser; its token is forgotten after too many. */
    synchronized void failed(String token) {
        Integer count = failures.get(token);
        if (count != null) {
            if (count + 1 >= maxFailures) {
                failures.remove(token);
            } else {
                failures.put(token, count + 1);
            }
        }
    }

    private String newToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
