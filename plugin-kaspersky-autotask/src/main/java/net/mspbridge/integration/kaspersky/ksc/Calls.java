package net.mspbridge.integration.kaspersky.ksc;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.Collection;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/** The exceptions of a failed call, with messages written for the person who must act. */
final class Calls {

    private static final int MAX_SERVER_MESSAGE = 300;

    private Calls() {
    }

    /** A {@code PxgError} object (the value of the {@code PxgError} field). */
    static KscCallException pxgError(String method, int httpStatus, JsonNode error) {
        Integer code = KscValues.number(error, "code").map(Long::intValue).orElse(null);
        String message = KscValues.text(error, "message").map(Calls::shorten).orElse(null);
        return new KscCallException("Kaspersky Security Center refused " + method + ": "
                + (message == null ? "no message" : message) + (code == null ? "" : " (error " + code + ")")
                + ". Check that the KSC user may read virtual servers, devices and licence keys.",
                method, httpStatus, code, message, null);
    }

    /**
     * The same refusal, naming the attribute the server refused when its message names one of the
     * attributes the call asked for ({@code vecFieldsToReturn}, {@code pFields}): an older server
     * refuses a whole call for one attribute it does not know.
     */
    static KscCallException namingAttribute(KscCallException refusal, Map<String, ?> params) {
        String serverMessage = refusal.serverMessage().orElse(null);
        if (serverMessage == null || refusal.attribute().isPresent()) {
            return refusal;
        }
        for (Object value : params.values()) {
            if (!(value instanceof Collection<?> names)) {
                continue;
            }
            for (Object name : names) {
                if (name instanceof String attribute && serverMessage.contains(attribute)) {
                    String code = refusal.errorCode().isPresent() ? " (error " + refusal.errorCode().getAsInt() + ")" : "";
                    return new KscCallException("Kaspersky Security Center refused " + refusal.method()
                            + " for attribute " + attribute + ": " + serverMessage + code + ". This Administration"
                            + " Server version may not support that attribute; billing needs it, so update the"
                            + " server or report this message.", refusal.method(), refusal.httpStatus(),
                            refusal.errorCode().isPresent() ? refusal.errorCode().getAsInt() : null, serverMessage,
                            attribute, refusal);
                }
            }
        }
        return refusal;
    }

    /** An answer with a value billing cannot read; {@code detail} says which value of what. */
    static KscCallException malformed(String method, String detail, Throwable cause) {
        return new KscCallException("Kaspersky Security Center answered " + method + " with a value billing cannot"
                + " read (" + detail + "). This virtual server's usage is not billed in this run; check that"
                + " value on the Administration Server.", method, 200, null, null, cause);
    }

    /** An answer that is neither a result nor a {@code PxgError}. */
    static KscCallException notApi(String method, int httpStatus, Throwable cause) {
        return new KscCallException("Kaspersky Security Center answered " + method + " with HTTP " + httpStatus
                + " and no Open API result. Check that the address (ksc.address) points at the"
                + " Administration Server's Open API port (13299 by default).", method, httpStatus, null, null, cause);
    }

    /** The connection failed or timed out while {@code what} was under way. */
    static KscUnreachableException unreachable(KscSettings settings, String what, IOException cause) {
        String address = settings.displayAddress();
        String why = cause instanceof InterruptedIOException
                ? "no answer within " + settings.callTimeout().toSeconds() + " s"
                : cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return new KscUnreachableException(address, "Cannot reach Kaspersky Security Center at " + address
                + " (" + what + ": " + why + "). Check the Administration Server address and port (ksc.address),"
                + " that the server is running, and that this host may connect to it.", cause);
    }

    static String shorten(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= MAX_SERVER_MESSAGE ? flat : flat.substring(0, MAX_SERVER_MESSAGE) + "...";
    }
}
