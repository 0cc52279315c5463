package net.mspbridge.host.reliability;

import java.time.Duration;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;

import net.mspbridge.host.fake.ApiClient;

/**
 * Billing runs of a host in a child JVM, through its HTTP API, for the killed-host tests: start an
 * apply, wait for it, bill until the killed run's leases let a run through, watch the sandbox for the
 * first adjustment. Every wait is bounded.
 */
final class HostRuns {

    static final String PLUGIN = "kaspersky-autotask";
    /** The restart must be able to bill within this long of the kill: the host's lease is 30 s. */
    static final Duration BILLING_AGAIN_WITHIN = Duration.ofSeconds(90);

    private HostRuns() {
    }

    static ApiClient.Answer startApply(ApiClient client) {
        return client.send("POST", "/api/runs", "{\"mode\":\"APPLY\",\"pluginId\":\"" + PLUGIN + "\"}");
    }

    /** Polls the run until it is finished (at most 90 s) and returns it. */
    static JsonNode finish(ApiClient client, String runId) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        JsonNode run = client.get("/api/runs/" + runId).json().get("run");
        while (!run.get("finished").asBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("run " + runId + " did not finish within 90 s: " + run);
            }
            Thread.sleep(200);
            run = client.get("/api/runs/" + runId).json().get("run");
        }
        return run;
    }

    /** Starts an apply and returns it finished. */
    static JsonNode apply(ApiClient client) throws InterruptedException {
        ApiClient.Answer started = startApply(client);
        if (started.status() != 202) {
            throw new AssertionError("the host did not start the apply: " + started.status() + " " + started.body());
        }
        return finish(client, started.json().get("run").get("runId").asText());
    }

    /** Polls the sandbox view of the serving host until it has an adjustment; returns how many. */
    static int awaitFirstAdjustment(ApiClient client, Duration timeout) throws InterruptedException {
        return awaitAdjustments(client, 1, timeout);
    }

    /** Polls the sandbox view of the serving host until it has at least {@code least} adjustments; returns how many. */
    static int awaitAdjustments(ApiClient client, int least, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            int made = 0;
            for (JsonNode contract : client.get("/api/sandbox").json().get("contracts")) {
                made += contract.get("adjustments").size();
            }
            if (made >= least) {
                return made;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the sandbox had fewer than " + least + " adjustment(s) after " + timeout.toSeconds() + " s");
    }

    /**
     * Starts apply runs until one is accepted by the host and not refused by the plugin, and returns
     * it finished. Refusals are the killed run's claims: the host's and the plugin's leases.
     */
    static JsonNode billUntilAccepted(ApiClient client, long killedAt, Figures figures) throws InterruptedException {
        long deadline = killedAt + BILLING_AGAIN_WITHIN.toNanos();
        String lastRefusal = "none";
        boolean hostAccepted = false;
        while (System.nanoTime() < deadline) {
            ApiClient.Answer answer = startApply(client);
            if (answer.status() == 409) {
                figures.increment("runs refused by the host (its lease of the killed run)");
                lastRefusal = answer.body();
            } else {
                if (answer.status() != 202) {
                    throw new AssertionError("the host answered " + answer.status() + ": " + answer.body());
                }
                if (!hostAccepted) {
                    hostAccepted = true;
                    figures.note("seconds from the kill until the host accepted a run", seconds(killedAt));
                }
                JsonNode run = finish(client, answer.json().get("run").get("runId").asText());
                if (!run.get("state").asText().equals("REFUSED")) {
                    figures.note("seconds from the kill until a run billed", seconds(killedAt));
                    return run;
                }
                figures.increment("runs refused by the plugin (its lease of the killed run)");
                lastRefusal = run.get("message").asText();
            }
            // Each refusal is a run in the history: ask every 2 s, not more often.
            Thread.sleep(2000);
        }
        figures.note("seconds from the kill until a run billed", "more than " + BILLING_AGAIN_WITHIN.toSeconds());
        figures.note("last refusal", lastRefusal);
        figures.write();
        throw new AssertionError("no billing run could start within " + BILLING_AGAIN_WITHIN.toSeconds()
                + " s of the kill; the last refusal: " + lastRefusal);
    }

    /** How many of the run's report lines have this outcome. */
    static long count(JsonNode run, String outcome) {
        long n = 0;
        for (JsonNode line : run.get("report").get("lines")) {
            if (line.get("outcome").asText().equals(outcome)) {
                n++;
            }
        }
        return n;
    }

    static String seconds(long since) {
        return String.format(Locale.ROOT, "%.1f", (System.nanoTime() - since) / 1e9);
    }
}
