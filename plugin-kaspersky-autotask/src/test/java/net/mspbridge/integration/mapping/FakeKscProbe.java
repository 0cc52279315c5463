package net.mspbridge.integration.mapping;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.mspbridge.integration.kaspersky.KasperskyCustomer;

/** Answers the steps of "Test Kaspersky connection" as set; a step set to fail throws. */
final class FakeKscProbe implements KscConnectionProbe {

    final List<String> calls = new ArrayList<>();
    final Map<String, RuntimeException> failures = new HashMap<>();
    List<KasperskyCustomer> virtualServers = List.of(
            new KasperskyCustomer("1", "Contoso"), new KasperskyCustomer("2", "Fabrikam"));

    FakeKscProbe failAt(String step, RuntimeException failure) {
        failures.put(step, failure);
        return this;
    }

    private void step(String name) {
        calls.add(name);
        RuntimeException failure = failures.get(name);
        if (failure != null) {
            throw failure;
        }
    }

    @Override
    public void reachServer() {
        step("reachServer");
    }

    @Override
    public void logIn() {
        step("logIn");
    }

    @Override
    public List<KasperskyCustomer> virtualServers() {
        step("virtualServers");
        return virtualServers;
    }
}
