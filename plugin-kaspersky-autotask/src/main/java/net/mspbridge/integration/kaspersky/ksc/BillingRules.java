package net.mspbridge.integration.kaspersky.ksc;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

import net.mspbridge.integration.kaspersky.NotBilledReason;

/**
 * The one place that decides whether a host's use of a licence key bills. The rules and their
 * public sources are listed in {@code docs/architecture.md}, "Billing rules for Security Center
 * hosts":
 *
 * <ol>
 *   <li>Only the host's <em>active</em> key counts ({@code KLLICSRV_HOST_CURRENT}, KSC/16/KSCAPI/a00078.html);
 *       a reserve key never makes a host billable.</li>
 *   <li>Only keys added to the (virtual) server bill ({@code KLLICSRV_KEY_INSTALLED}, KSC/13/KSCAPI/a00115.html):
 *       the reference product counts "devices that use keys added to the mapped virtual server"
 *       (Kaspersky Security Integration Tool for MSP help, id 149641). A key a product reported but
 *       nobody added is {@link NotBilledReason#KEY_NOT_ADDED}.</li>
 *   <li>Trial keys (type 3) do not bill; beta, test and OEM keys (2, 4, 5) neither; commercial keys (1)
 *       and subscriptions (6) do.</li>
 *   <li>A subscription bills only while active, as the official sample "Enumerating license keys"
 *       decides (KSC/13/KSCAPI/a00413.html): its {@code KLLIC_SUBSCRINFO_STATE} is 0 (active), its
 *       end-date type is not 3 (paused), and, unless its end-date type is 1 (unlimited, no date to
 *       compare), its end date ({@code KLLIC_SUBSCRINFO_ENDDATE}, else {@code KLLIC_LIMIT_DATE}) is
 *       after the billing date.</li>
 *   <li>A commercial key bills while its {@code KLLIC_LIMIT_DATE} is after the billing date.</li>
 *   <li>A key that has expired on the host ({@code KLLICSRV_EXPIRATION_TIME} on or before the billing
 *       date) does not bill there, even when the key's own limit date is later.</li>
 * </ol>
 * A date is compared as its UTC calendar day: a key bills on the billing date when that day is after it.
 */
final class BillingRules {

    private BillingRules() {
    }

    /**
     * Whether {@code use} of {@code key} bills on {@code billingDate}.
     *
     * @return empty when it bills, else why not
     */
    static Optional<NotBilledReason> decide(LicenceKey key, KeyHost use, LocalDate billingDate) {
        if (!use.active()) {
            return Optional.of(NotBilledReason.RESERVE_KEY_ONLY);
        }
        if (!key.installed()) {
            return Optional.of(NotBilledReason.KEY_NOT_ADDED);
        }
        if (key.type() == LicenceKey.TRIAL) {
            return Optional.of(NotBilledReason.TRIAL_KEY);
        }
        boolean unlimited = false;
        if (key.subscription()) {
            int endType = key.endDateType().orElse(-1);
            if (key.subscriptionState().orElse(LicenceKey.STATE_ACTIVE) != LicenceKey.STATE_ACTIVE
                    || endType == LicenceKey.END_PAUSED) {
                return Optional.of(NotBilledReason.SUBSCRIPTION_NOT_ACTIVE);
            }
            unlimited = endType == LicenceKey.END_UNLIMITED;
            if (!unlimited && ended(key.subscriptionEnd().or(key::limit), billingDate)) {
                return Optional.of(NotBilledReason.SUBSCRIPTION_NOT_ACTIVE);
            }
        } else if (key.type() != LicenceKey.COMMERCIAL) {
            return Optional.of(NotBilledReason.NOT_COMMERCIAL_KEY);
        } else if (ended(key.limit(), billingDate)) {
            return Optional.of(NotBilledReason.KEY_EXPIRED);
        }
        if (!unlimited && ended(use.expiresOnHost(), billingDate)) {
            return Optional.of(NotBilledReason.KEY_EXPIRED_ON_HOST);
        }
        return Optional.empty();
    }

    /** Whether a date, as its UTC day, is on or before the billing date; no date never ends. */
    private static boolean ended(Optional<Instant> end, LocalDate billingDate) {
        return end.map(at -> !at.atZone(ZoneOffset.UTC).toLocalDate().isAfter(billingDate)).orElse(false);
    }
}
