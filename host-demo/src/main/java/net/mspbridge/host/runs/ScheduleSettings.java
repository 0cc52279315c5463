package net.mspbridge.host.runs;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Optional;

/**
 * The daily billing schedule.
 *
 * @param enabled     whether billing runs (apply, effective today) every day
 * @param time        the time of day, in the host's time zone
 * @param lastRunDate the last day it ran (or was skipped because it was set after the time)
 * @param nextRun     when it runs next; empty while disabled
 */
public record ScheduleSettings(boolean enabled, LocalTime time, Optional<LocalDate> lastRunDate,
        Optional<java.time.ZonedDateTime> nextRun) {

    public ScheduleSettings {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(lastRunDate, "lastRunDate");
        Objects.requireNonNull(nextRun, "nextRun");
    }
}
