package net.mspbridge.host.cli;

import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * A report line's note shortened to what no other column says, as the web page shortens it
 * ({@code web/static/js/notes.js}): the full text stays in the JSON.
 */
final class ShortNote {

    /**
     * The plugin describes the usage behind a line as "Application / Category: 12; ...": the
     * Service, Category and Wanted columns already say that.
     */
    private static final Pattern USAGE_PART = Pattern.compile("^.+: \\d+$");
    private static final int LIMIT = 60;

    private ShortNote() {
    }

    /** Empty for a usage description, else the first sentence, cut at 60 characters. */
    static String of(String message) {
        if (message.isEmpty() || message.equals("No usage.")
                || Arrays.stream(message.split("; ")).allMatch(part -> USAGE_PART.matcher(part).matches())) {
            return "";
        }
        int end = message.indexOf(". ");
        String first = end >= 0 ? message.substring(0, end + 1) : message;
        return first.length() > LIMIT ? first.substring(0, LIMIT - 1).stripTrailing() + "…" : first;
    }
}
