package net.mspbridge.api.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** plugin-api 1.2: a report says which devices were not counted, and a 1.1 report still builds. */
class NotCountedTest {

    private static final Ref FABRIKAM = new Ref("15", "Fabrikam");

    @Test
    void aReportMadeWithThe11ConstructorSaysNothingWasNotCounted() {
        BillingReport report = new BillingReport("r1", LocalDate.of(2026, 12, 7), RunMode.APPLY, RunStatus.COMPLETED, "ok",
                List.of(), List.of());

        assertThat(report.notCounted()).isEmpty();
    }

    @Test
    void devicesNotCountedAreAtLeastOneWithAReason() {
        assertThatThrownBy(() -> new NotCounted(FABRIKAM, "on a trial key", 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one");
        assertThatThrownBy(() -> new NotCounted(FABRIKAM, " ", 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must say why");
        assertThat(new NotCounted(FABRIKAM, "on a trial key", 2).devices()).isEqualTo(2);
    }

    @Test
    void aCustomerNotReadIsSaidWithoutACount() {
        NotCounted off = NotCounted.notRead(FABRIKAM, "customer billing off");

        assertThat(off.devicesUnknown()).isTrue();
        assertThat(off.devices()).isZero();
        assertThat(new NotCounted(FABRIKAM, "on a trial key", 2).devicesUnknown()).isFalse();
        assertThatThrownBy(() -> new NotCounted(FABRIKAM, "customer billing off", 3, true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no count");
    }
}
