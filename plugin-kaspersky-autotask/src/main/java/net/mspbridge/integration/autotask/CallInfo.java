package net.mspbridge.integration.autotask;

import java.util.Objects;

import okhttp3.Request;

/**
 * The tag every Autotask request carries for the interceptors.
 *
 * @param endpoint the Autotask endpoint (entity) the call counts against, e.g. {@code Contracts}; the
 *                 in-flight limit is per endpoint, ignoring case
 * @param kind     what the call is
 */
record CallInfo(String endpoint, CallKind kind) {

    CallInfo {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(kind, "kind");
    }

    static CallInfo read(String endpoint) {
        return new CallInfo(endpoint, CallKind.READ);
    }

    /**
     * The tag of a request built by this client.
     *
     * @throws IllegalStateException for a request without one (a bug: every request is tagged)
     */
    static CallInfo of(Request request) {
        CallInfo info = request.tag(CallInfo.class);
        if (info == null) {
            throw new IllegalStateException("Autotask request without CallInfo tag: " + request.method() + " "
                    + request.url().encodedPath());
        }
        return info;
    }
}
