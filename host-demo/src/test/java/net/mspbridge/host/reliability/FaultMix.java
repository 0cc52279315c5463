package net.mspbridge.host.reliability;

import java.time.Duration;
import java.util.Random;

import net.mspbridge.host.sandbox.Sandboxes;
import net.mspbridge.host.sandbox.autotask.FaultKind;
import net.mspbridge.host.sandbox.autotask.FaultOptions;
import net.mspbridge.host.sandbox.ksc.KscOptions;

/**
 * The faults of one run, drawn from the scenario's random: on every Autotask endpoint at a low rate,
 * or on creates only at a high rate (where lost answers matter most); each kind with its own share;
 * KSC sessions that expire every few calls, or all at once before the run.
 *
 * <p>A time-out fault holds the call for {@link #TIMEOUT_DELAY_MS} ms and then closes the connection
 * without an answer. The plugin's Autotask client waits 60 s for an answer and its time-outs are not
 * settable from its settings, so a seed does not wait for the client's own time-out: what the client
 * sees is a call that got no answer, judged exactly like a time-out (the request may have reached
 * Autotask: a read is retried, a create is settled by reading units again).
 * {@code RealTimeOutTest} covers the client's own 60 s time-out once.
 *
 * @param autotask         the Autotask sandbox's fault options
 * @param kscExpireEvery   every N-th KSC call finds its session expired; 0 for never
 * @param kscExpireAtStart whether every KSC session expires just before the run
 * @param description      for a failure message
 */
record FaultMix(FaultOptions autotask, int kscExpireEvery, boolean kscExpireAtStart, String description) {

    static final String CREATES = "ContractServiceAdjustments";
    static final int TIMEOUT_DELAY_MS = 150;

    static FaultMix none() {
        return new FaultMix(FaultOptions.none(), 0, false, "no faults");
    }

    static FaultMix draw(Random random) {
        boolean createsOnly = random.nextInt(5) < 2;
        double most = createsOnly ? 0.25 : 0.08;
        FaultOptions.Builder faults = FaultOptions.builder().seed(random.nextLong())
                .timeoutDelay(Duration.ofMillis(TIMEOUT_DELAY_MS + random.nextInt(150)));
        StringBuilder text = new StringBuilder(createsOnly ? "on creates:" : "on every endpoint:");
        for (FaultKind kind : FaultKind.values()) {
            if (random.nextInt(10) < 7) {
                // Rounded down to a thousandth: at most 7 x 0.25 = 1.75 in all, so scale creates-only shares by 0.5.
                double share = Math.floor(random.nextDouble() * most * (createsOnly ? 500 : 1000)) / 1000.0;
                faults.share(kind, share);
                text.append(' ').append(kind).append('=').append(share);
            }
        }
        if (createsOnly) {
            faults.endpoints(CREATES);
        }
        // A re-login makes the plugin read that virtual server again from the start (accessors are not
        // trusted to survive it), so sessions that die every few calls could never be read to the end:
        // expire them about once or twice per virtual server read (some 20 calls) instead.
        int expireEvery = random.nextBoolean() ? 15 + random.nextInt(31) : 0;
        boolean expireAtStart = random.nextInt(10) < 3;
        text.append("; KSC sessions expire every ").append(expireEvery == 0 ? "never" : expireEvery + " calls")
                .append(expireAtStart ? ", and all at the start" : "");
        return new FaultMix(faults.build(), expireEvery, expireAtStart, text.toString());
    }

    /** Puts the faults in place on running sandboxes. */
    void applyTo(Sandboxes sandboxes) {
        sandboxes.autotask().setFaults(autotask);
        sandboxes.ksc().setOptions(KscOptions.defaults().withExpireSessionsEveryCalls(kscExpireEvery));
        if (kscExpireAtStart) {
            sandboxes.ksc().expireAllSessions();
        }
    }
}
