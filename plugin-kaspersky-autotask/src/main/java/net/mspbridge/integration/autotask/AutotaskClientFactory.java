package net.mspbridge.integration.autotask;

/**
 * Builds {@link AutotaskClient}s. The plugin builds one client per run or settings request from the
 * stored settings; a fake factory lets tests of the callers run without HTTP. Implementations are
 * thread-safe.
 */
public interface AutotaskClientFactory {

    /**
     * A new client with its own connections; the caller owns it and closes it. Builds no connection and
     * makes no call yet: the zone is looked up on first use.
     *
     * @throws IllegalArgumentException when the config cannot work (an unusable base URL override)
     */
    AutotaskClient create(AutotaskConfig config);

    /** The factory of the real client, over HTTPS to Autotask (or the configured base URL). */
    static AutotaskClientFactory standard() {
        return new DefaultAutotaskClientFactory();
    }
}
