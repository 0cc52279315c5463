package net.mspbridge.integration.autotask;

/**
 * The client refused to send credentials to an address: a zone URL that is not https on
 * {@code *.autotask.net}, or a {@code nextPageUrl} on another scheme, host or port than the base in
 * use. Nothing was sent there. The address in the message has no query string.
 */
public final class AutotaskUntrustedUrlException extends AutotaskException {

    private static final long serialVersionUID = 1L;

    private final String url;

    /**
     * @param url    the refused address, without query string
     * @param reason why, and what to do
     */
    public AutotaskUntrustedUrlException(String url, String reason) {
        super("Refused to send Autotask credentials to " + url + ": " + reason);
        this.url = url;
    }

    /** The refused address, without query string. */
    public String url() {
        return url;
    }
}
