package net.mspbridge.integration.mapping;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Answers the steps of "Test Autotask connection" as set; a step set to fail throws. */
final class FakeAutotaskProbe implements AutotaskConnectionProbe {

    final List<String> calls = new ArrayList<>();
    final Map<String, RuntimeException> failures = new HashMap<>();
    Zone zone = new Zone("America West", "https://webservices5.autotask.net/ATServicesRest/");
    ApiBudget budget = new ApiBudget(1234, 10000, 60);

    FakeAutotaskProbe failAt(String step, RuntimeException failure) {
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
    public Zone findZone() {
        step("findZone");
        return zone;
    }

    @Override
    public void checkCredentials() {
        step("checkCredentials");
    }

    @Override
    public ApiBudget apiBudget() {
        step("apiBudget");
        return budget;
    }
}
