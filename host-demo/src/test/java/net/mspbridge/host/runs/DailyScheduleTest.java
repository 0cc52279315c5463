package net.mspbridge.host.runs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import net.mspbridge.api.billing.RunMode;
import net.mspbridge.host.fake.FakeSettings;
import net.mspbridge.host.fake.MutableClock;

class DailyScheduleTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    @TempDir
    Path dataDir;
    private final MutableClock clock = new MutableClock(at(2026, 11, 3, 14, 0), ZONE);
    private RunFixture fixture;
    private RunService runs;
    private DailySchedule schedule;

    private static java.time.Instant at(int y, int m, int d, int h, int min) {
        return ZonedDateTime.of(y, m, d, h, min, 0, 0, ZONE).toInstant();
    }

    @BeforeEach
    void open() {
        fixture = new RunFixture(dataDir, clock).mapped();
        runs = fixture.runs(RunFixture.FAST);
        schedule = new DailySchedule(fixture.db, runs, fixture.fake.source(), clock);
    }

    @AfterEach
    void close() {
        fixture.fake.releaseAll();
        schedule.close();
        runs.close();
        fixture.close();
    }

    @Test
    void isOffUntilTurnedOn() {
        ScheduleSettings settings = schedule.settings();

        assertThat(settings.enabled()).isFalse();
        assertThat(settings.nextRun()).isEmpty();
        clock.set(at(2026, 11, 4, 3, 0));
        assertThat(schedule.tick()).isEmpty();
    }

    @Test
    void turnedOnAfterTodaysTimeItFirstRunsTomorrowThenOncePerDay() throws InterruptedException {
        ScheduleSettings settings = schedule.update(true, "02:00");

        assertThat(settings.nextRun()).contains(ZonedDateTime.of(2026, 11, 4, 2, 0, 0, 0, ZONE));
        assertThat(schedule.tick()).isEmpty();

        clock.set(at(2026, 11, 4, 2, 0));
        List<RunRecord> started = schedule.tick();

        assertThat(started).singleElement().satisfies(run -> {
            assertThat(run.pluginId()).isEqualTo(FakeSettings.PLUGIN_ID);
            assertThat(run.mode()).isEqualTo(RunMode.APPLY);
            assertThat(run.effectiveDate()).isEqualTo(LocalDate.of(2026, 11, 4));
            assertThat(run.trigger()).isEqualTo(Trigger.SCHEDULE);
            assertThat(run.startedBy()).isEqualTo("daily schedule");
        });
        assertThat(runs.await(started.get(0).runId(), Duration.ofSeconds(20)).state()).isEqualTo(RunState.COMPLETED);
        clock.advance(Duration.ofHours(5));
        assertThat(schedule.tick()).isEmpty();
        assertThat(schedule.settings().nextRun()).contains(ZonedDateTime.of(2026, 11, 5, 2, 0, 0, 0, ZONE));
    }

    @Test
    void turnedOnBeforeTodaysTimeItRunsToday() {
        clock.set(at(2026, 11, 3, 1, 0));

        assertThat(schedule.update(true, "02:00").nextRun()).contains(ZonedDateTime.of(2026, 11, 3, 2, 0, 0, 0, ZONE));
        assertThat(schedule.update(true, "02:00").time()).isEqualTo(LocalTime.of(2, 0));
    }

    @Test
    void aScheduledRunMeetingARunStartedFromThePageIsRefusedAndRecorded() throws InterruptedException {
        schedule.update(true, "02:00");
        clock.set(at(2026, 11, 4, 1, 59));
        fixture.fake.billing.hold();
        RunRecord fromPage = runs.start(new RunRequest(FakeSettings.PLUGIN_ID, RunMode.APPLY, LocalDate.of(2026, 11, 4),
                Trigger.PAGE, "admin"));
        assertThat(fixture.fake.billing.awaitHeld(Duration.ofSeconds(20))).isTrue();

        clock.set(at(2026, 11, 4, 2, 0));
        List<RunRecord> scheduled = schedule.tick();

        assertThat(scheduled).singleElement().satisfies(run -> {
            assertThat(run.state()).isEqualTo(RunState.REFUSED);
            assertThat(run.trigger()).isEqualTo(Trigger.SCHEDULE);
            assertThat(run.message()).contains("under way (" + fromPage.runId());
        });
        fixture.fake.billing.release();
        assertThat(runs.await(fromPage.runId(), Duration.ofSeconds(20)).state()).isEqualTo(RunState.COMPLETED);
        assertThat(runs.history(10)).extracting(RunRecord::state).containsExactly(RunState.REFUSED, RunState.COMPLETED);
    }

    @Test
    void timesThatAreNotHoursAndMinutesAreRefused() {
        assertThatThrownBy(() -> schedule.update(true, "25:00")).isInstanceOf(InvalidRunRequestException.class)
                .hasMessageContaining("00:00 to 23:59");
        assertThatThrownBy(() -> schedule.update(true, "2am")).isInstanceOf(InvalidRunRequestException.class)
                .hasMessageContaining("HH:MM");
        assertThatThrownBy(() -> schedule.update(true, null)).isInstanceOf(InvalidRunRequestException.class);
        assertThat(schedule.settings().enabled()).isFalse();
    }
}
