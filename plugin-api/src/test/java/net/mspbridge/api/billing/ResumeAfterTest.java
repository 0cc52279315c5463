package net.mspbridge.api.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** plugin-api 1.3: a deferred report says when the rest may be done; reports of the older constructors do not. */
class ResumeAfterTest {

    private static final LocalDate DATE = LocalDate.of(2026, 12, 7);
    private static final Instant AT = Instant.parse("2026-12-07T15:01:00Z");

    @Test
    void reportsMadeWithThe11And12ConstructorsSayNothingAboutResuming() {
        BillingReport v11 = new BillingReport("r1", DATE, RunMode.APPLY, RunStatus.DEFERRED, "deferred", List.of(), List.of());
        BillingReport v12 = new BillingReport("r1", DATE, RunMode.APPLY, RunStatus.DEFERRED, "deferred", List.of(), List.of(),
                List.of());

        assertThat(v11.resumeAfter()).isEmpty();
        assertThat(v12.resumeAfter()).isEmpty();
    }

    @Test
    void aDeferredReportCarriesTheInstantTheRestMayBeDone() {
        BillingReport report = new BillingReport("r1", DATE, RunMode.APPLY, RunStatus.DEFERRED, "deferred", List.of(),
                List.of(), List.of(), Optional.of(AT));

        assertThat(report.resumeAfter()).contains(AT);
        assertThat(report.withResumeAfter(Optional.empty()).resumeAfter()).isEmpty();
        assertThat(report.withResumeAfter(Optional.empty()).statusMessage()).isEqualTo("deferred");
    }

    @Test
    void aMissingResumeAfterIsRefused() {
        assertThatThrownBy(() -> new BillingReport("r1", DATE, RunMode.APPLY, RunStatus.DEFERRED, "deferred", List.of(),
                List.of(), List.of(), null)).isInstanceOf(NullPointerException.class).hasMessageContaining("resumeAfter");
    }
}
