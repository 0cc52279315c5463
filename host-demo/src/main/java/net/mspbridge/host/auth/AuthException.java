package net.mspbridge.host.auth;

/** Root of sign-in refusals; the message is for the person signing in and never says which part was wrong. */
public class AuthException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AuthException(String message) {
        super(message);
    }
}
