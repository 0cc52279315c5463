package net.mspbridge.integration.autotask;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Turns Autotask's error answers and transport failures into the typed exceptions, with the server's
 * own messages (scrubbed of credentials). Thread-safe.
 */
final class ErrorMapper {

    private static final int MAX_MESSAGE = 500;

    private final CredentialRedaction redactor;

    ErrorMapper(CredentialRedaction redactor) {
        this.redactor = redactor;
    }

    /** The exception for an HTTP error answer. */
    AutotaskException failure(String method, String endpoint, CallKind kind, int status, String body) {
        List<String> messages = serverMessages(body);
        if (status == 401 || messages.stream().anyMatch(ErrorMapper::invalidIntegrationCode)) {
            return new AutotaskAuthenticationException(AutotaskAuthenticationException.REJECTED, status, method,
                    endpoint, messages);
        }
        if (status == 429) {
            return new AutotaskRateLimitedException(method, endpoint, messages);
        }
        if (kind == CallKind.CREATE && (status == 502 || status == 503 || status == 504)) {
            return new AutotaskOutcomeUnknownException(method, endpoint, "HTTP " + status + " from a gateway"
                    + (messages.isEmpty() ? "" : ": " + String.join("; ", messages)), null);
        }
        return new AutotaskApiException(status, method, endpoint, messages);
    }

    /** The exception for a transport failure: a create that may have been sent has an unknown outcome. */
    AutotaskException transport(String method, String endpoint, CallKind kind, IOException e) {
        String reason = Failures.describe(e, redactor);
        if (kind == CallKind.CREATE && !Failures.certainlyNotSent(e)) {
            return new AutotaskOutcomeUnknownException(method, endpoint, reason, e);
        }
        return new AutotaskUnavailableException(method, endpoint, reason, e);
    }

    /**
     * The messages of an error body: {@code {"errors":[...]}} (strings, or objects with a message),
     * the ASP.NET {@code {"Message":...}} shape, or else the body's text, shortened.
     */
    List<String> serverMessages(String body) {
        if (body == null || body.isBlank()) {
            return List.of();
        }
        List<String> messages = new ArrayList<>();
        try {
            JsonNode root = Json.MAPPER.readTree(body);
            if (root != null && root.isObject()) {
                for (JsonNode error : root.path("errors")) {
                    String text = error.isTextual() ? error.asText() : firstText(error, "message", "Message");
                    if (text != null && !text.isBlank()) {
                        messages.add(text);
                    }
                }
                String message = firstText(root, "Message", "message");
                if (messages.isEmpty() && message != null && !message.isBlank()) {
                    messages.add(message);
                }
            }
        } catch (IOException notJson) {
            // not JSON: the text itself below
        }
        if (messages.isEmpty()) {
            messages.add(body.strip());
        }
        return messages.stream().map(m -> shorten(redactor.scrub(m.strip()))).toList();
    }

    private static String firstText(JsonNode node, String... names) {
        for (String name : names) {
            JsonNode value = node.get(name);
            if (value != null && value.isTextual()) {
                return value.asText();
            }
        }
        return null;
    }

    /** Whether a message (or a whole error body) is Autotask's refusal of the integration code. */
    static boolean invalidIntegrationCode(String message) {
        return message.toLowerCase(Locale.ROOT).contains("integrationcode is invalid");
    }

    /**
     * Whether a message (or a whole error body) is the zone lookup's answer for a blank or unknown
     * user, a definitive answer no retry changes.
     */
    static boolean unknownZoneUser(String message) {
        return message.toLowerCase(Locale.ROOT).contains("zone information could not be determined");
    }

    private static String shorten(String text) {
        return text.length() <= MAX_MESSAGE ? text : text.substring(0, MAX_MESSAGE) + "...";
    }
}
