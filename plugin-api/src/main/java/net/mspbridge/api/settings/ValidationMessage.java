package net.mspbridge.api.settings;

import java.util.List;

/**
 * One problem found in proposed values: where it is, how serious, and what to fix. The text is a
 * pattern with numbered placeholders ({@code {0}}, {@code {1}} ...) and its arguments kept apart,
 * so a host may style the arguments (names, ids) or translate the pattern; {@link #text()} gives
 * the plain sentence.
 *
 * @param severity  error (blocks saving) or warning
 * @param path      where the problem is
 * @param pattern   the sentence with placeholders, written for the person who must fix it
 * @param arguments the placeholder values, in order
 */
public record ValidationMessage(Severity severity, FieldPath path, String pattern, List<String> arguments) {

    public ValidationMessage {
        java.util.Objects.requireNonNull(severity, "severity");
        java.util.Objects.requireNonNull(path, "path");
        Checks.id(pattern, "pattern");
        arguments = List.copyOf(arguments);
    }

    /** The sentence with each {@code {n}} replaced by the n-th argument. */
    public String text() {
        StringBuilder out = new StringBuilder(pattern.length() + 32);
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            int close = c == '{' ? pattern.indexOf('}', i) : -1;
            if (close > i + 1 && isIndex(pattern, i + 1, close)) {
                int index = Integer.parseInt(pattern.substring(i + 1, close));
                out.append(index < arguments.size() ? arguments.get(index) : pattern.substring(i, close + 1));
                i = close + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static boolean isIndex(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return to - from <= 3;
    }
}
