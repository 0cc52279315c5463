package net.mspbridge.integration.autotask;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import okhttp3.HttpUrl;

import net.mspbridge.integration.redaction.Redactor;

/**
 * Keeps the credentials out of every text the client writes: log lines, exception messages, server
 * messages. Header values are replaced by name; as a second line of defence, any text is scrubbed
 * (by the plugin's one {@link Redactor}) of the literal secret, integration code and user name
 * (plain and URL-encoded), in case a server echoes one back. Thread-safe.
 */
final class CredentialRedaction {

    static final String MASK = Redactor.MASK;

    /** The headers that carry credentials. */
    static final Set<String> SENSITIVE_HEADERS =
            Set.of("apiintegrationcode", "username", "secret", "impersonationresourceid");

    /** Query parameters that carry credentials: the zone lookup's user name. */
    private static final Set<String> SENSITIVE_PARAMETERS = Set.of("user");

    private final Redactor literals;

    CredentialRedaction(AutotaskConfig config) {
        List<String> values = new ArrayList<>();
        for (String value : List.of(config.secret().reveal(), config.integrationCode(), config.userName())) {
            values.add(value);
            values.add(URLEncoder.encode(value, StandardCharsets.UTF_8));
            values.add(value.replace("@", "%40"));
        }
        this.literals = Redactor.of(values);
    }

    static boolean isSensitiveHeader(String name) {
        return SENSITIVE_HEADERS.contains(name.toLowerCase(Locale.ROOT));
    }

    /** The text with every credential replaced by {@value #MASK}; empty for null. */
    String scrub(String text) {
        return literals.scrub(text);
    }

    /** The URL for a log line: credential query parameters masked, then scrubbed. */
    String url(HttpUrl url) {
        HttpUrl.Builder builder = url.newBuilder();
        for (String name : url.queryParameterNames()) {
            if (SENSITIVE_PARAMETERS.contains(name.toLowerCase(Locale.ROOT))) {
                builder.setQueryParameter(name, MASK);
            }
        }
        return scrub(builder.build().toString());
    }
}
