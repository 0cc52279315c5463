package net.mspbridge.host.sandbox.autotask;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * An Autotask currency as the sandbox keeps it (a subset of the {@code Currencies} entity, which
 * Autotask serves for query even when multi-currency is off and never lets anyone create or delete:
 * https://www.autotask.net/help/developerhelp/Content/APIs/REST/Entities/CurrenciesEntity.htm).
 *
 * @param name               the three-letter code (ISO 4217), as Autotask's {@code name}
 * @param description        the currency's name for a person
 * @param positiveFormat     how an amount is shown, {@code n} for the number ({@code currencyPositiveFormat})
 * @param negativeFormat     how a negative amount is shown ({@code currencyNegativeFormat})
 * @param exchangeRate       units of this currency per unit of the internal one
 * @param isInternalCurrency whether it is the MSP's own currency (exactly one is)
 */
public record AtCurrency(long id, String name, String description, String positiveFormat, String negativeFormat,
                         BigDecimal exchangeRate, boolean isActive, boolean isInternalCurrency) {

    /** The sandbox's internal currency, the one companies get unless a seed says otherwise. */
    public static final long USD = 1;
    public static final long EUR = 2;
    public static final long GBP = 3;

    /** The currencies every seed has: US dollars (internal), euros and pounds. */
    public static final List<AtCurrency> STANDARD = List.of(
            new AtCurrency(USD, "USD", "US Dollar", "$n", "($n)", BigDecimal.ONE, true, true),
            new AtCurrency(EUR, "EUR", "Euro", "€n", "(€n)", new BigDecimal("0.92"), true, false),
            new AtCurrency(GBP, "GBP", "Pound Sterling", "£n", "(£n)", new BigDecimal("0.79"), true, false));

    public AtCurrency {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(positiveFormat, "positiveFormat");
        Objects.requireNonNull(negativeFormat, "negativeFormat");
        Objects.requireNonNull(exchangeRate, "exchangeRate");
    }
}
