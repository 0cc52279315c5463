package net.mspbridge.host.sandbox;

import java.util.Locale;
import java.util.Map;

import net.mspbridge.host.sandbox.autotask.FaultKind;
import net.mspbridge.host.sandbox.autotask.FaultOptions;

/**
 * Reads the {@code --sandbox-faults} option: the share of Autotask sandbox calls that meet each
 * fault, as {@code KIND=SHARE} pairs separated by commas, for example {@code 429=0.1,lost=0.05}.
 */
public final class FaultSpec {

    /** The names a person writes, for each fault. */
    static final Map<String, FaultKind> NAMES = Map.of(
            "429", FaultKind.TOO_MANY_REQUESTS,
            "500", FaultKind.SERVER_ERROR,
            "timeout", FaultKind.TIMEOUT,
            "reset", FaultKind.CONNECTION_RESET,
            "lost", FaultKind.ANSWER_LOST,
            "timeout-after-commit", FaultKind.TIMEOUT_AFTER_COMMIT,
            "500-after-commit", FaultKind.SERVER_ERROR_AFTER_COMMIT);

    static final String HELP = "429, 500, timeout, reset, lost (the change is made, the answer lost), "
            + "timeout-after-commit, 500-after-commit (the change is made, then Autotask answers 500)";

    private FaultSpec() {
    }

    /**
     * @param spec for example {@code 429=0.1,lost=0.05}; blank for no faults
     * @throws IllegalArgumentException naming the part to fix
     */
    public static FaultOptions parse(String spec) {
        if (spec == null || spec.isBlank()) {
            return FaultOptions.none();
        }
        FaultOptions.Builder builder = FaultOptions.builder().seed(System.nanoTime());
        for (String part : spec.split(",")) {
            String[] kindAndShare = part.trim().split("=", 2);
            FaultKind kind = NAMES.get(kindAndShare[0].trim().toLowerCase(Locale.ROOT));
            if (kind == null || kindAndShare.length != 2) {
                throw new IllegalArgumentException("--sandbox-faults: '" + part.trim() + "' is not KIND=SHARE with KIND one of "
                        + HELP);
            }
            double share;
            try {
                share = Double.parseDouble(kindAndShare[1].trim());
            } catch (NumberFormatException e) {
                share = -1;
            }
            if (!(share >= 0 && share <= 1)) {
                throw new IllegalArgumentException("--sandbox-faults: the share of " + kindAndShare[0].trim()
                        + " must be a number from 0 to 1, not '" + kindAndShare[1].trim() + "'");
            }
            builder.share(kind, share);
        }
        try {
            return builder.build();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--sandbox-faults: " + e.getMessage(), e);
        }
    }
}
