package net.mspbridge.integration.kaspersky.ksc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class LicenceKeyTest {

    private static final LocalDate BILLING_DATE = LocalDate.of(2026, 6, 15);

    @ParameterizedTest(name = "type {0} until {1}: {2}")
    @CsvSource(textBlock = """
            1, 2027-01-31T00:00:00Z, true
            6, 2026-06-16T00:00:00Z, true
            6, 2026-06-15T23:59:59Z, false
            1, 2026-06-15T00:00:00Z, false
            1, 2025-12-31T00:00:00Z, false
            3, 2027-01-31T00:00:00Z, false
            2, 2027-01-31T00:00:00Z, false
            1, 2026-06-16T01:00:00+02:00, false
            """)
    void isBillableWhenCommercialOrSubscriptionAndItsLimitDayIsAfterTheBillingDate(int type, String limit,
            boolean billable) {
        LicenceKey key = LicenceKey.of(KscWire.key("KL-1", type, limit).get("value"));

        assertThat(key.billableOn(BILLING_DATE)).isEqualTo(billable);
    }

    @Test
    void withoutALimitDateDoesNotExpire() {
        ObjectNode value = (ObjectNode) KscWire.key("KL-1", 6, "2027-01-31T00:00:00Z").get("value");
        value.remove("KLLIC_LIMIT_DATE");

        assertThat(LicenceKey.of(value).billableOn(BILLING_DATE)).isTrue();
    }

    @Test
    void withAnUnreadableLimitDateIsNotBilled() {
        LicenceKey key = LicenceKey.of(KscWire.key("KL-1", 1, "31.01.2027").get("value"));

        assertThat(key.readable()).isFalse();
        assertThat(key.billableOn(BILLING_DATE)).isFalse();
    }

    @Test
    void readsTheFixtureKeysWithTheirWrappedDates() {
        var keys = KscWire.read("/ksc/contoso/keys.json");

        assertThat(keys).extracting(k -> LicenceKey.of(KscValues.unwrap(k)).billableOn(BILLING_DATE))
                .containsExactly(true, true, false, false);
    }
}
