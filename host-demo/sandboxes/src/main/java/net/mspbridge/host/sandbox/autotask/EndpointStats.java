package net.mspbridge.host.sandbox.autotask;

/**
 * What one endpoint of the Autotask sandbox has seen since start (or the last reset).
 *
 * @param requests       every request received, whatever its answer
 * @param throttled      answered 429 because the thread limit was reached
 * @param faultsInjected calls that got an injected fault
 * @param inFlight       requests being processed now
 * @param peakInFlight   the most requests processed at once (429s not counted)
 */
public record EndpointStats(long requests, long throttled, long faultsInjected, int inFlight, int peakInFlight) {
}
