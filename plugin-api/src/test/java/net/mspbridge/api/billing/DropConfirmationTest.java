package net.mspbridge.api.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** 1.2's confirmations of held decreases: additive to the request, and exact about the drop they cover. */
class DropConfirmationTest {

    private static final LocalDate JUNE = LocalDate.of(2026, 6, 1);
    private static final Instant AT = Instant.parse("2026-06-02T09:00:00Z");

    private static ReportLine held(int inForce, int wanted) {
        return new ReportLine(new Ref("7", "Contoso HQ"), Ref.of(174, "Contoso"), Ref.of(5001, "Managed"),
                Ref.of(10, "Workstations"), List.of("KES"), "All devices", inForce, wanted, wanted - inForce, BigDecimal.TEN,
                LineOutcome.HELD, "held", "");
    }

    @Test
    void theOneZeroRequestPassesNoConfirmations() {
        assertThat(new BillingRunRequest("r1", JUNE, RunMode.APPLY).confirmations()).isEmpty();
    }

    @Test
    void aRequestKeepsItsConfirmationsUnmodifiable() {
        DropConfirmation confirmed = DropConfirmation.of(held(12, 0), JUNE, "admin", AT);
        BillingRunRequest request = new BillingRunRequest("r1", JUNE, RunMode.APPLY, List.of(confirmed));

        assertThat(request.confirmations()).containsExactly(confirmed);
        assertThatThrownBy(() -> request.confirmations().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void coversExactlyTheDropItWasMadeFor() {
        DropConfirmation confirmed = DropConfirmation.of(held(12, 0), JUNE, "admin", AT);

        assertThat(confirmed.covers("5001", "10", 12, 0, JUNE)).isTrue();
        assertThat(confirmed.covers("5001", "10", 12, 1, JUNE)).as("usage recovered a little").isFalse();
        assertThat(confirmed.covers("5001", "10", 13, 0, JUNE)).as("units in force changed").isFalse();
        assertThat(confirmed.covers("5001", "10", 12, 0, JUNE.plusMonths(1))).as("another effective date").isFalse();
        assertThat(confirmed.covers("5001", "11", 12, 0, JUNE)).as("another service").isFalse();
        assertThat(confirmed.covers("5002", "10", 12, 0, JUNE)).as("another contract").isFalse();
    }

    @Test
    void onlyADecreaseCanBeConfirmed() {
        assertThatThrownBy(() -> DropConfirmation.of(held(3, 3), JUNE, "admin", AT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("decrease");
        assertThatThrownBy(() -> DropConfirmation.of(held(3, 5), JUNE, "admin", AT))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void someoneMustHaveConfirmed() {
        assertThatThrownBy(() -> DropConfirmation.of(held(3, 0), JUNE, " ", AT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("who confirmed");
    }
}
