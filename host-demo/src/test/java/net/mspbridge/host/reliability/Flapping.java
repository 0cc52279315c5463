package net.mspbridge.host.reliability;

import java.util.List;
import java.util.Optional;
import java.util.Random;

import net.mspbridge.host.sandbox.autotask.AutotaskData;
import net.mspbridge.host.sandbox.ksc.KscData;
import net.mspbridge.host.sandbox.ksc.KscDevice;
import net.mspbridge.host.sandbox.seed.CustomerLink;
import net.mspbridge.host.sandbox.seed.SandboxSeed;

/**
 * A billed virtual server that flaps (issue 15): in each round, with probability 1/2, it reports no
 * hosts (agents not yet reconnected after a restore, a key replaced), else its usual hosts. Its usage
 * never really falls, and nothing else lowers its contract's services ({@link DataChange} spares them),
 * so any credit on that contract is wrong: the {@link Ledger} counts each as a violation.
 *
 * <p>Drawn from its own {@link Random}, apart from the seed's other draws, so that those stay as they
 * were. Not thread-safe: one per scenario.
 *
 * @param customer the flapping virtual server's mapping (its contract is the one watched)
 * @param usual    the hosts it reports when it does
 * @param random   the draws of silent rounds
 */
record Flapping(CustomerLink customer, List<KscDevice> usual, Random random) {

    /** For about half the seeds, one billed virtual server with hosts, chosen from {@code random}. */
    static Optional<Flapping> draw(Random random, SandboxSeed data) {
        if (!random.nextBoolean()) {
            return Optional.empty();
        }
        KscData ksc = (KscData) data.ksc();
        List<CustomerLink> billed = data.mapping().customers().stream()
                .filter(c -> c.billable() && c.contractId() != null)
                .filter(c -> !ksc.hosts().getOrDefault(Long.parseLong(c.kscCustomerId()), List.of()).isEmpty()).toList();
        if (billed.isEmpty()) {
            return Optional.empty();
        }
        CustomerLink customer = billed.get(random.nextInt(billed.size()));
        return Optional.of(new Flapping(customer, List.copyOf(ksc.hosts().get(Long.parseLong(customer.kscCustomerId()))), random));
    }

    long contractId() {
        return customer.contractId();
    }

    long virtualServer() {
        return Long.parseLong(customer.kscCustomerId());
    }

    /** Whether the next round sees the virtual server silent: a coin toss. */
    boolean silentNext() {
        return random.nextBoolean();
    }

    /** The seed as the sandboxes show it, from the Autotask state {@code now}: silent or with its usual hosts. */
    SandboxSeed shown(SandboxSeed data, AutotaskData now, boolean silent) {
        return DataChange.withHosts(data, now, virtualServer(), usual, silent);
    }
}
