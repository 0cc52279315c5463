package net.mspbridge.host.sandbox.seed;

/**
 * The units a correct billing run leaves on a contract service: the sandbox's own count of the
 * billable devices behind it (an oracle for end-to-end tests, computed independently of the plugin).
 */
public record ExpectedUnits(long contractId, long serviceId, int units) {
}
