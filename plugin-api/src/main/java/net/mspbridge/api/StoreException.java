package net.mspbridge.api;

/**
 * Thrown by the host's {@link net.mspbridge.api.host.PluginStore} when a read or write could not
 * be done (its storage unavailable or failing). A write that throws did not happen. Input outside the
 * store's limits is an {@link IllegalArgumentException} instead (see {@code PluginStore}). A plugin
 * that cannot record what it did must stop writing to remote services and report the run as
 * failed.
 */
public class StoreException extends PluginException {

    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
