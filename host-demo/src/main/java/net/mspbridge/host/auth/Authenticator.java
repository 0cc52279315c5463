package net.mspbridge.host.auth;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import net.mspbridge.api.host.Secret;
import net.mspbridge.host.db.Database;

/**
 * Signs the administrator in and out and checks sessions and CSRF tokens. Thread-safe.
 */
public interface Authenticator {

    /** The one account's user name. */
    String ADMIN = "admin";

    /** How long a session lives at most, however busy: a stolen cookie is worth half a day at most. */
    Duration MAX_LIFETIME = Duration.ofHours(12);

    /**
     * Checks the password and opens a session, from a browser that has not signed in before.
     *
     * @param client who is signing in (the remote address), for the failure limits
     * @throws LoginFailedException   when the password is wrong
     * @throws TooManyLoginsException when failures lately ask for a short wait; the password is not checked
     */
    default Session login(String client, String password) {
        return signIn(client, Optional.empty(), password).session();
    }

    /**
     * Checks the password and opens a session. Failed sign-ins slow further ones down, per account
     * and per client, with delays that grow to at most half a minute (a minute per client); a
     * browser that signed in before and shows its token is not held up by them.
     *
     * @param client  who is signing in (the remote address), for the per-client limit
     * @param browser the token this browser was given at an earlier sign-in, when it shows one
     * @throws LoginFailedException   when the password is wrong
     * @throws TooManyLoginsException when failures lately ask for a short wait; the password is not checked
     */
    SignIn signIn(String client, Optional<String> browser, String password);

    /**
     * A sign-in's result.
     *
     * @param session the new session
     * @param browser the token by which this browser is known from now on (for a long-lived cookie)
     */
    record SignIn(Session session, String browser) {

        /** Never shows the tokens. */
        @Override
        public String toString() {
            return "SignIn[" + session + "]";
        }
    }

    /**
     * The live session with the id, its idle time reset; empty when unknown, idle too long, or older
     * than {@link #MAX_LIFETIME}.
     */
    Optional<Session> session(String sessionId);

    /**
     * The live session with the id, as {@link #session} finds it, but its idle time left running: for the
     * requests a page makes on its own to see whether something changed (the Billing page's watch), which
     * must not keep an unattended page signed in for ever.
     */
    Optional<Session> sessionLeftIdle(String sessionId);

    /** Ends the session; unknown ids are ignored. */
    void logout(String sessionId);

    /** Whether the token is the session's CSRF token, compared in constant time. */
    boolean csrfMatches(Session session, String token);

    /** How long a session lives without requests. */
    Duration idleTimeout();

    /**
     * Sets up the administrator account and returns the authenticator.
     *
     * <p>With a password from the environment, that password is the one (it replaces a stored
     * one that differs). Without one, the stored hash is used; on first start a password is
     * generated, stored as a hash and handed back once through {@link Setup#generatedPassword()}
     * for the caller to print.
     *
     * @param fromEnvironment {@code HOST_ADMIN_PASSWORD}, when set
     * @param hashCost        bcrypt cost (work factor 2^cost); 12 unless testing
     * @throws IllegalArgumentException when the password from the environment is too short or too long
     */
    static Setup setUp(Database database, Optional<Secret> fromEnvironment, int hashCost, Clock clock, Duration idleTimeout) {
        AdminAccount account = AdminAccount.setUp(database, fromEnvironment, hashCost, clock);
        return new Setup(new DefaultAuthenticator(account, clock, idleTimeout), account.generatedPassword());
    }

    /**
     * Checks a password chosen through {@code HOST_ADMIN_PASSWORD} before anything is set up: at
     * least 12 characters, at most 72 bytes in UTF-8 (what bcrypt reads).
     *
     * @throws IllegalArgumentException saying what is wrong and what to do
     */
    static void requireAcceptable(Secret chosen) {
        AdminAccount.checkChosen(chosen);
    }

    /**
     * The authenticator, and the password generated on first start (present once only).
     *
     * @param authenticator     the authenticator
     * @param generatedPassword the new password to show the administrator, once
     */
    record Setup(Authenticator authenticator, Optional<Secret> generatedPassword) {

        /** Prints the generated password, clearly, if there is one. */
        public void announce(PrintStream out, String url) {
            generatedPassword.ifPresent(password -> {
                String line = "=".repeat(72);
                out.println(line);
                out.println("  Administrator password (shown once; only a hash of it is stored):");
                out.println();
                out.println("      " + password.reveal());
                out.println();
                out.println("  Sign in at " + url + " as " + ADMIN + ".");
                out.println("  To choose your own, start the host with HOST_ADMIN_PASSWORD set.");
                out.println(line);
                out.flush();
            });
        }
    }
}
