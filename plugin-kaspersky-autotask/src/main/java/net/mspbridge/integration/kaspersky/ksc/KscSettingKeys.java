package net.mspbridge.integration.kaspersky.ksc;

/**
 * The keys under which a host saves the Security Center connection. This package's messages name
 * them, so a person knows which field to fix (a failed login names the user name and password
 * fields); they are defined here, where they are named, so this package depends on nothing above it.
 * {@code settings.SettingsKeys} takes them from here: each key is still written once.
 */
public final class KscSettingKeys {

    public static final String ADDRESS = "ksc.address";
    public static final String USERNAME = "ksc.username";
    /** Secret. */
    public static final String PASSWORD = "ksc.password";
    /** Optional: a single virtual server to bill. */
    public static final String VIRTUAL_SERVER = "ksc.virtualServer";
    /** Optional: a PEM certificate or SHA-256 fingerprint to trust for a self-signed server. */
    public static final String CERTIFICATE_PIN = "ksc.certificatePin";
    /** Optional: how many virtual servers are read at once (see {@link KscSettings#parallelVirtualServers()}). */
    public static final String PARALLEL_VIRTUAL_SERVERS = "ksc.parallelVirtualServers";

    private KscSettingKeys() {
    }
}
