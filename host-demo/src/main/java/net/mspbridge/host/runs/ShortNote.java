package net.mspbridge.host.runs;

import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * A report line's note shortened to what no other column says: the one rule for the terminal's
 * table and the web page (which gets it as the run's {@code shortNotes}); the full text stays in
 * the report.
 */
public final class ShortNote {

    /**
     * The plugin describes the usage behind a line as "Application / Category: 12; ...": the
     * Service, Category and Wanted columns already say that.
     */
    private static final Pattern USAGE_PART = Pattern.compile("^.+: \\d+$");
    private static final int LIMIT = 60;

    private ShortNote() {
    }

    /** Each line's short note, in the report's order. */
    public static java.util.List<String> of(net.mspbridge.api.billing.BillingReport report) {
        return report.lines().stream().map(line -> of(line.message())).toList();
    }

    /** Empty for a usage description, else the first sentence, cut at 60 characters. */
    public static String of(String message) {
        if (message.isEmpty() || message.equals("No usage.")
                || Arrays.stream(message.split("; ")).allMatch(part -> USAGE_PART.matcher(part).matches())) {
            return "";
        }
        int end = message.indexOf(". ");
        String first = end >= 0 ? message.substring(0, end + 1) : message;
        return first.length() > LIMIT ? first.substring(0, LIMIT - 1).stripTrailing() + "…" : first;
    }
}
