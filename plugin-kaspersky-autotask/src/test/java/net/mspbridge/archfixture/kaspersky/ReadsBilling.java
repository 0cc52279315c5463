package net.mspbridge.archfixture.kaspersky;

import net.mspbridge.archfixture.billing.UsesClients;

/** Breaks the rule that kaspersky imports nothing above it, and closes a cycle with billing. */
public final class ReadsBilling {

    public Object billing() {
        return new UsesClients();
    }
}
