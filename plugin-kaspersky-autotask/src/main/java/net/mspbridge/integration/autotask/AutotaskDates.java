package net.mspbridge.integration.autotask;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Autotask's date formats in one place. Autotask writes date-times as
 * {@code yyyy-MM-ddTHH:mm:ss[.fraction][Z|+hh:mm]} and stores date-only fields (contract and period
 * dates, an adjustment's effective date) as a date at midnight.
 *
 * <p>Choice: for date-only meaning the calendar date written in the value is taken as it is and the
 * time and zone are ignored (converting a {@code Z} value to another zone could move it to the
 * neighbouring day). Dates are sent as {@code yyyy-MM-ddT00:00:00.000} without a zone, the format of
 * Autotask's own documentation, so Autotask reads them as that date.
 */
final class AutotaskDates {

    private static final Pattern DATE_TIME = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2})(?:[T ](\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?)(?:Z|[+-]\\d{2}:?\\d{2})?)?");

    private static final DateTimeFormatter SEND_DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS");

    private AutotaskDates() {
    }

    /**
     * The calendar date of an Autotask date or date-time.
     *
     * @throws DateTimeParseException when the text is neither
     */
    static LocalDate parseDate(String text) {
        Matcher m = DATE_TIME.matcher(text.strip());
        if (!m.matches()) {
            throw new DateTimeParseException("not an Autotask date (yyyy-MM-ddTHH:mm:ss[.SSS][Z])", text, 0);
        }
        return LocalDate.parse(m.group(1));
    }

    /** A date as Autotask takes it: midnight of that date, no zone. */
    static String formatDate(LocalDate date) {
        return SEND_DATE_TIME.format(date.atStartOfDay());
    }

    /** A date-time as Autotask takes it, to the millisecond, no zone. */
    static String formatDateTime(LocalDateTime dateTime) {
        return SEND_DATE_TIME.format(dateTime);
    }
}
