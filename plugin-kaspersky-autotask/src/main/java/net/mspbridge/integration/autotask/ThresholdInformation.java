package net.mspbridge.integration.autotask;

/**
 * Autotask's request budget ({@code GET V1.0/ThresholdInformation}), shared by every integration of
 * the customer's database.
 *
 * @param externalRequestThreshold     requests allowed per time frame (10,000 by default)
 * @param requestThresholdTimeframe    the rolling time frame, in minutes (60)
 * @param currentTimeframeRequestCount requests made in the current time frame, by all integrations
 */
public record ThresholdInformation(
        int externalRequestThreshold,
        int requestThresholdTimeframe,
        int currentTimeframeRequestCount) {
}
