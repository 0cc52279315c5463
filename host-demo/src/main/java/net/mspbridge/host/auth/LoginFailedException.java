package net.mspbridge.host.auth;

/** The password was wrong (or missing). */
public class LoginFailedException extends AuthException {

    private static final long serialVersionUID = 1L;

    public LoginFailedException() {
        super("wrong password");
    }
}
