package net.mspbridge.integration.mapping;

import java.util.Objects;

/**
 * Port: the steps of "Test Autotask connection". The panel calls the methods once each, in the
 * order declared, on one thread, and stops at the first that throws; an instance may keep what an
 * earlier step found (the zone) for the later ones. The panel turns each answer into a step of the
 * action's result, so implementations only report facts.
 *
 * <p>Errors: each method throws {@link net.mspbridge.api.ServiceUnavailableException} (service
 * "Autotask") when its step fails, with a message that says what happened and what to check
 * ("no zone found for user ...", "Autotask rejected the API user, secret or integration code"),
 * never a secret. Any other exception is treated as a defect and shown as an unexpected error.
 */
public interface AutotaskConnectionProbe {

    /**
     * Finds the zone of the API user (or takes the base URL override when one is set).
     *
     * @return the zone and the API base URL that later calls use
     */
    Zone findZone();

    /** Makes one authenticated call, so that the user name, secret and integration code are proven. */
    void checkCredentials();

    /** Reads how much of the shared hourly API budget is in use ({@code ThresholdInformation}). */
    ApiBudget apiBudget();

    /**
     * Where the API of this Autotask database lives.
     *
     * @param name   the zone name, for example "America West"; empty when a base URL override was used
     * @param apiUrl the API base URL, for example {@code https://webservices5.autotask.net/ATServicesRest/}
     */
    record Zone(String name, String apiUrl) {

        public Zone {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(apiUrl, "apiUrl");
        }
    }

    /**
     * The shared hourly request budget of the Autotask database.
     *
     * @param requestsUsed     {@code currentTimeframeRequestCount}
     * @param requestLimit     {@code externalRequestThreshold}, positive
     * @param timeframeMinutes {@code requestThresholdTimeframe}
     */
    record ApiBudget(int requestsUsed, int requestLimit, int timeframeMinutes) {

        public ApiBudget {
            if (requestsUsed < 0 || requestLimit <= 0 || timeframeMinutes <= 0) {
                throw new IllegalArgumentException("invalid API budget: " + requestsUsed + " of " + requestLimit
                        + " in " + timeframeMinutes + " minutes");
            }
        }

        /** The share of the budget in use, in whole percent, rounded down. */
        public int percentUsed() {
            return (int) (100L * requestsUsed / requestLimit);
        }
    }
}
