package net.mspbridge.integration.kaspersky.ksc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import net.mspbridge.integration.kaspersky.NotBilledReason;

/** Which uses of a key bill: the rules of docs/architecture.md, "Billing rules for Security Center hosts". */
class BillingRulesTest {

    private static final LocalDate BILLING_DATE = LocalDate.of(2026, 6, 15);
    private static final String LATER = "2027-01-31T00:00:00Z";

    private static Optional<NotBilledReason> decide(JsonNode key, JsonNode use) {
        return BillingRules.decide(LicenceKey.of(key.get("value")), KeyHost.of(use.get("value")), BILLING_DATE);
    }

    private static Optional<NotBilledReason> decide(JsonNode key) {
        return decide(key, KscWire.keyHost("h1", "KES"));
    }

    @ParameterizedTest(name = "type {0} until {1}: {2}")
    @CsvSource(nullValues = "BILLS", textBlock = """
            1, 2027-01-31T00:00:00Z,      BILLS
            1, 2026-06-16T00:00:00Z,      BILLS
            1, 2026-06-15T00:00:00Z,      KEY_EXPIRED
            1, 2025-12-31T00:00:00Z,      KEY_EXPIRED
            1, 2026-06-16T01:00:00+02:00, KEY_EXPIRED
            3, 2027-01-31T00:00:00Z,      TRIAL_KEY
            2, 2027-01-31T00:00:00Z,      NOT_COMMERCIAL_KEY
            5, 2027-01-31T00:00:00Z,      NOT_COMMERCIAL_KEY
            6, 2026-06-16T00:00:00Z,      BILLS
            6, 2026-06-15T23:59:59Z,      SUBSCRIPTION_NOT_ACTIVE
            """)
    void aKeyBillsByItsTypeAndLimitDay(int type, String limit, NotBilledReason reason) {
        assertThat(decide(KscWire.key("KL-1", type, limit))).isEqualTo(Optional.ofNullable(reason));
    }

    @Test
    void aKeyWithoutALimitDateDoesNotExpire() {
        ObjectNode key = KscWire.key("KL-1", 1, LATER);
        ((ObjectNode) key.get("value")).remove("KLLIC_LIMIT_DATE");

        assertThat(decide(key)).isEmpty();
    }

    @Test
    void aReserveKeyNeverBills() {
        assertThat(decide(KscWire.key("KL-1", 1, LATER), KscWire.keyHost("h1", "KES", false, null)))
                .contains(NotBilledReason.RESERVE_KEY_ONLY);
    }

    @Test
    void aKeyExpiredOnTheHostDoesNotBillThereEvenWhenItsOwnLimitIsLater() {
        assertThat(decide(KscWire.key("KL-1", 1, LATER), KscWire.keyHost("h1", "KES", true, "2026-06-01T00:00:00Z")))
                .contains(NotBilledReason.KEY_EXPIRED_ON_HOST);
        assertThat(decide(KscWire.key("KL-1", 1, LATER), KscWire.keyHost("h1", "KES", true, "2026-12-01T00:00:00Z")))
                .isEmpty();
    }

    @Test
    void aKeyNeverAddedToTheServerDoesNotBill() {
        assertThat(decide(KscWire.installed(KscWire.key("KL-1", 1, LATER), false)))
                .contains(NotBilledReason.KEY_NOT_ADDED);
        assertThat(decide(KscWire.installed(KscWire.key("KL-1", 1, LATER), true))).isEmpty();
    }

    @ParameterizedTest(name = "state {0}, end-date type {1}, ends {2}: {3}")
    @CsvSource(nullValues = {"BILLS", "NONE"}, textBlock = """
            0, 2, 2027-01-31T00:00:00Z, BILLS
            1, 2, 2027-01-31T00:00:00Z, SUBSCRIPTION_NOT_ACTIVE
            2, 2, 2027-01-31T00:00:00Z, SUBSCRIPTION_NOT_ACTIVE
            3, 2, 2027-01-31T00:00:00Z, SUBSCRIPTION_NOT_ACTIVE
            0, 3, 2027-01-31T00:00:00Z, SUBSCRIPTION_NOT_ACTIVE
            0, 2, 2026-06-01T00:00:00Z, SUBSCRIPTION_NOT_ACTIVE
            0, 1, NONE,                 BILLS
            0, 1, 2026-06-01T00:00:00Z, BILLS
            """)
    void aSubscriptionBillsOnlyWhileActive(int state, int endDateType, String end, NotBilledReason reason) {
        // An unlimited subscription's limit date is no end: it has none to compare (KSC/13/KSCAPI/a00413.html).
        JsonNode key = KscWire.subscription("KL-S", state, endDateType, end, "2026-06-01T00:00:00Z");

        assertThat(decide(key)).isEqualTo(Optional.ofNullable(reason));
    }

    @Test
    void anUnreadableDateNamesTheKeyAndTheAttribute() {
        assertThatThrownBy(() -> LicenceKey.of(KscWire.key("KL-9", 1, "31.01.2027").get("value")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("KL-9").hasMessageContaining("KLLIC_LIMIT_DATE").hasMessageContaining("31.01.2027");
    }

    @Test
    void theFixtureKeysBillAsBefore() {
        var keys = KscWire.read("/ksc/contoso/keys.json");

        assertThat(keys).extracting(k -> decide(k).isEmpty()).containsExactly(true, true, false, false);
    }
}
