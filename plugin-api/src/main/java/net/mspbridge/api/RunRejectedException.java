package net.mspbridge.api;

/**
 * A billing run was refused before it started, because another run of the same plugin is under
 * way. Nothing was read or written; the person may try again once the other run has finished.
 */
public class RunRejectedException extends PluginException {

    private static final long serialVersionUID = 1L;

    public RunRejectedException(String message) {
        super(message);
    }
}
