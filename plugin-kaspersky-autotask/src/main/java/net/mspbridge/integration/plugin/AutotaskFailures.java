package net.mspbridge.integration.plugin;

import java.util.function.Supplier;

import net.mspbridge.api.ServiceUnavailableException;
import net.mspbridge.integration.autotask.AutotaskException;

/**
 * Turns the Autotask client's exceptions into the plugin-api exception the host shows. The client's
 * messages are already written for a person and free of credentials, so they pass unchanged.
 */
final class AutotaskFailures {

    static final String SERVICE = "Autotask";

    private AutotaskFailures() {
    }

    /** Runs a client call, translating its failure. */
    static <T> T call(Supplier<T> call) {
        try {
            return call.get();
        } catch (AutotaskException e) {
            throw new ServiceUnavailableException(SERVICE, e.getMessage(), e);
        }
    }
}
