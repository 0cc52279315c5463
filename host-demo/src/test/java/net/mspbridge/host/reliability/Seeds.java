package net.mspbridge.host.reliability;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Which seeds a seeded suite runs, from system properties (Maven passes {@code -D} options on to the
 * tests):
 * <ul>
 *   <li>{@code reliability.seed=N}: only seed N (to replay a failure);</li>
 *   <li>{@code reliability.seeds=N}: at most N seeds (default {@value #DEFAULT_SEEDS});</li>
 *   <li>{@code reliability.budgetSeconds=S}: no new seed starts after S seconds (default
 *       {@value #DEFAULT_BUDGET_SECONDS}); the first seed always runs;</li>
 *   <li>{@code reliability.baseSeed=N}: the seeds are drawn from N (default: a new draw each run,
 *       printed, so each CI run tries new seeds and every failure names the seed to replay).</li>
 * </ul>
 *
 * @param seeds  the seeds, in the order they run
 * @param budget the time after which no new seed starts
 * @param base   what the seeds were drawn from; empty when one seed was given
 */
record Seeds(List<Long> seeds, Duration budget, Optional<Long> base) {

    static final int DEFAULT_SEEDS = 30;
    static final int DEFAULT_BUDGET_SECONDS = 150;

    static Seeds fromSystemProperties() {
        Duration budget = Duration.ofSeconds(number("reliability.budgetSeconds", DEFAULT_BUDGET_SECONDS));
        String one = System.getProperty("reliability.seed");
        if (one != null && !one.isBlank()) {
            return new Seeds(List.of(parse("reliability.seed", one)), budget, Optional.empty());
        }
        long count = number("reliability.seeds", DEFAULT_SEEDS);
        if (count < 1) {
            throw new IllegalArgumentException("reliability.seeds must be at least 1, not " + count);
        }
        String given = System.getProperty("reliability.baseSeed");
        long base = given == null || given.isBlank() ? new SplittableRandom().nextLong(1, 1_000_000_000L)
                : parse("reliability.baseSeed", given);
        SplittableRandom draw = new SplittableRandom(base);
        List<Long> seeds = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            // Small positive numbers: easy to read in a report and to type after -Dreliability.seed=.
            seeds.add(draw.nextLong(1, 1_000_000_000L));
        }
        return new Seeds(List.copyOf(seeds), budget, Optional.of(base));
    }

    private static long number(String property, long otherwise) {
        String value = System.getProperty(property);
        return value == null || value.isBlank() ? otherwise : parse(property, value);
    }

    private static long parse(String property, String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(property + " must be a whole number, not '" + value + "'", e);
        }
    }

    /** How to run one seed again. */
    static String replay(long seed, String testClass) {
        return "mvn -B -pl host-demo -am verify -Dtest=" + testClass + " -Dsurefire.failIfNoSpecifiedTests=false"
                + " -Dreliability.seed=" + seed;
    }
}
