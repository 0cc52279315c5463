package net.mspbridge.integration.autotask;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;

import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;

/** How a transport failure is judged: did the request certainly not reach Autotask, may it be retried. */
final class Failures {

    private Failures() {
    }

    /**
     * Whether the request certainly never reached Autotask: the connection was refused or the host not
     * found (nothing was sent), or the client stopped before sending. Anything else, a time-out while
     * waiting for the answer or a reset mid-response, may have reached Autotask.
     */
    static boolean certainlyNotSent(IOException e) {
        return e instanceof ConnectException || e instanceof UnknownHostException || e instanceof NotSentIOException;
    }

    /** Whether a failed attempt may be tried again, given what kind of call it is. */
    static boolean retryable(CallKind kind, IOException e) {
        if (e instanceof EndpointBusyException || e instanceof SSLPeerUnverifiedException
                || e instanceof SSLHandshakeException) {
            return false; // waited long enough already / a certificate problem does not heal
        }
        if (e instanceof InterruptedIOException && !(e instanceof SocketTimeoutException)) {
            return false; // the call time-out fired or the call was cancelled
        }
        if (kind == CallKind.CREATE) {
            return certainlyNotSent(e);
        }
        return true;
    }

    /** Whether an HTTP status is worth another attempt, given what kind of call it is. */
    static boolean retryable(CallKind kind, int status) {
        if (status == 429) {
            return true; // Autotask refuses before acting: safe for creates too
        }
        // A gateway error may come after the create reached Autotask: only reads are retried.
        return kind != CallKind.CREATE && (status == 502 || status == 503 || status == 504);
    }

    /** A short description of a failure for a person: its kind and message, with known secrets scrubbed. */
    static String describe(IOException e, CredentialRedaction redactor) {
        String kind;
        if (e instanceof ConnectException) {
            kind = "connection refused";
        } else if (e instanceof UnknownHostException) {
            kind = "unknown host";
        } else if (e instanceof SocketTimeoutException) {
            kind = "no answer in time";
        } else if (e instanceof InterruptedIOException) {
            kind = "call time-out";
        } else if (e instanceof NotSentIOException) {
            kind = "not sent";
        } else {
            kind = "connection failed";
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? kind : kind + ": " + redactor.scrub(message);
    }
}
