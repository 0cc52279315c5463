package net.mspbridge.host.runs;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import net.mspbridge.api.billing.RunMode;
import net.mspbridge.host.db.Database;
import net.mspbridge.host.plugins.ExtensionSource;
import net.mspbridge.host.plugins.HostedPlugin;

/**
 * Runs billing (apply, effective today) for every plugin with a billing hook once a day at the
 * configured time. Off until someone turns it on. The day is claimed in the database before the
 * runs start, so two hosts on one data folder do not both run it; a run refused because another
 * is under way is recorded in the history as refused. If the host was down at the time, the day's
 * runs start when it is next up that day. Thread-safe.
 */
public final class DailySchedule implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DailySchedule.class);
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private final Database database;
    private final RunService runs;
    private final ExtensionSource extensions;
    private final Clock clock;
    private volatile ScheduledFuture<?> ticking;

    public DailySchedule(Database database, RunService runs, ExtensionSource extensions, Clock clock) {
        this.database = database;
        this.runs = runs;
        this.extensions = extensions;
        this.clock = clock;
    }

    /** Checks every 30 seconds whether the day's runs are due. */
    public void start(ScheduledExecutorService timer) {
        ticking = timer.scheduleWithFixedDelay(this::tickSafely, 5, 30, TimeUnit.SECONDS);
    }

    /** The schedule as stored, with its next run. */
    public ScheduleSettings settings() {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT enabled, run_at, last_run_date FROM billing_schedule WHERE id = 1");
                 ResultSet row = select.executeQuery()) {
                row.next();
                boolean enabled = row.getBoolean(1);
                LocalTime time = LocalTime.parse(row.getString(2), HH_MM);
                Optional<LocalDate> last = Optional.ofNullable(row.getDate(3)).map(Date::toLocalDate);
                return new ScheduleSettings(enabled, time, last, enabled ? Optional.of(next(time, last)) : Optional.empty());
            }
        });
    }

    /**
     * Changes the schedule. The first run is the next time the clock reaches the time: setting
     * 02:00 at 14:00 runs tomorrow, not at once.
     *
     * @param time "HH:MM", 00:00 to 23:59
     * @throws InvalidRunRequestException when the time is not of that form
     */
    public ScheduleSettings update(boolean enabled, String time) {
        LocalTime at = parse(time);
        ZonedDateTime now = ZonedDateTime.now(clock);
        LocalDate last = now.toLocalTime().isBefore(at) ? now.toLocalDate().minusDays(1) : now.toLocalDate();
        database.transaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE billing_schedule SET enabled = ?, run_at = ?, last_run_date = ? WHERE id = 1")) {
                update.setBoolean(1, enabled);
                update.setString(2, HH_MM.format(at));
                update.setDate(3, Date.valueOf(last));
                return update.executeUpdate();
            }
        });
        log.info("Daily billing schedule {} at {}", enabled ? "on" : "off", HH_MM.format(at));
        return settings();
    }

    static LocalTime parse(String time) {
        if (time == null || !time.matches("\\d{2}:\\d{2}")) {
            throw new InvalidRunRequestException("the schedule time must be HH:MM (for example 02:00), not \""
                    + (time == null ? "" : time.length() > 20 ? time.substring(0, 20) + "..." : time) + "\"");
        }
        try {
            return LocalTime.parse(time, HH_MM);
        } catch (DateTimeParseException e) {
            throw new InvalidRunRequestException("the schedule time " + time + " is not a time of day: use 00:00 to 23:59");
        }
    }

    /**
     * Starts the day's runs if they are due and not yet claimed.
     *
     * @return the runs started or recorded as refused; empty when nothing was due
     */
    public List<RunRecord> tick() {
        ScheduleSettings settings = settings();
        ZonedDateTime now = ZonedDateTime.now(clock);
        LocalDate today = now.toLocalDate();
        if (!settings.enabled() || now.toLocalTime().isBefore(settings.time())
                || settings.lastRunDate().filter(d -> !d.isBefore(today)).isPresent() || !claim(today)) {
            return List.of();
        }
        List<RunRecord> started = new ArrayList<>();
        for (HostedPlugin plugin : extensions.plugins()) {
            if (plugin.billing().isEmpty()) {
                continue;
            }
            RunRequest request = new RunRequest(plugin.id(), RunMode.APPLY, today, Trigger.SCHEDULE, "daily schedule");
            try {
                started.add(runs.start(request));
            } catch (RunException e) {
                log.warn("Scheduled billing run of plugin {} not started: {}", plugin.id(), e.getMessage());
                started.add(runs.recordRefused(request, e.getMessage()));
            }
        }
        return started;
    }

    private void tickSafely() {
        try {
            tick();
        } catch (RuntimeException e) {
            // A scheduled task that throws is never run again: log and try at the next tick.
            log.error("The daily billing schedule could not check whether runs are due", e);
        }
    }

    /** Marks today as done; false when another process (or tick) claimed it first. */
    private boolean claim(LocalDate today) {
        int claimed = database.transaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE billing_schedule SET last_run_date = ?"
                    + " WHERE id = 1 AND (last_run_date IS NULL OR last_run_date < ?)")) {
                update.setDate(1, Date.valueOf(today));
                update.setDate(2, Date.valueOf(today));
                return update.executeUpdate();
            }
        });
        return claimed == 1;
    }

    private ZonedDateTime next(LocalTime time, Optional<LocalDate> last) {
        ZonedDateTime now = ZonedDateTime.now(clock);
        LocalDate today = now.toLocalDate();
        LocalDate day = last.filter(d -> !d.isBefore(today)).isPresent() ? today.plusDays(1) : today;
        ZonedDateTime at = day.atTime(time).atZone(clock.getZone());
        // Missed today (host was down) and not yet claimed: it runs at the next check.
        return at.isBefore(now) ? now : at;
    }

    @Override
    public void close() {
        ScheduledFuture<?> current = ticking;
        if (current != null) {
            current.cancel(false);
        }
    }
}
