package net.mspbridge.archfixture.billing;

import com.fasterxml.jackson.databind.ObjectMapper;

import net.mspbridge.archfixture.autotask.FixtureClient;
import net.mspbridge.archfixture.kaspersky.ReadsBilling;

/** Breaks the billing rule (JSON and a client) and, with {@link ReadsBilling}, the cycle rule. */
public final class UsesClients {

    public String read(FixtureClient client, ReadsBilling kaspersky) {
        return new ObjectMapper().getClass().getName() + client + kaspersky;
    }
}
