package net.mspbridge.api.billing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One billed item of a run: a (company, contract, service) with the usage behind it and what was
 * done to it.
 *
 * @param customer     the usage source's customer whose usage this is (for example a Kaspersky virtual server);
 *                     when several customers are billed on the contract, one {@code Ref} whose id and name
 *                     list them all, comma-separated (see {@code shares} for each one's part)
 * @param company      the billing system's company
 * @param contract     the contract billed
 * @param service      the contract's service billed
 * @param applications the applications whose usage was summed into this line
 * @param category     what was counted, for a person ("Windows servers", "Users", "All devices")
 * @param unitsInForce the units in force on the effective date before the run
 * @param unitsWanted  the units the usage calls for
 * @param unitChange   {@code unitsWanted - unitsInForce}, the change made or planned
 * @param unitPrice    the unit price the change is billed at
 * @param outcome      what happened
 * @param message      why, for failed and deferred lines; otherwise a short note or empty
 * @param reference    the billing system's id of the change made (for example the adjustment's id),
 *                     empty when none
 * @param shares       each customer billed on the contract with its part of {@code unitsWanted}, in the
 *                     plugin's order; the parts add up to {@code unitsWanted}. Empty when the plugin does not
 *                     say (a line made with the 1.0 constructor) or when no customer's usage is behind the
 *                     line (units billed earlier that no mapping targets any more); since 1.1
 * @param currency     the currency of {@code unitPrice} and so of the line's amount change: the code the
 *                     billing system gives the currency of the contract's company (for Autotask the
 *                     {@code name} of the company's {@code Currencies} entity, an ISO 4217 code such as
 *                     {@code EUR}). Empty when the billing system does not say (a line made with an older
 *                     constructor, a company without a currency): then the amount's currency is unknown and
 *                     must not be guessed or added to amounts in another currency; since 1.3
 * @param period       the period {@code unitPrice}, and so the line's amount change, is charged for (the
 *                     service's period: a yearly service's price is a price per year).
 *                     {@link BillingPeriod#UNKNOWN} when the billing system does not say (a line made with an
 *                     older constructor): then the amount must not be added to amounts of a known period;
 *                     since 1.4
 */
public record ReportLine(
        Ref customer,
        Ref company,
        Ref contract,
        Ref service,
        List<String> applications,
        String category,
        int unitsInForce,
        int unitsWanted,
        int unitChange,
        BigDecimal unitPrice,
        LineOutcome outcome,
        String message,
        String reference,
        List<CustomerShare> shares,
        String currency,
        BillingPeriod period) {

    /**
     * @throws IllegalArgumentException when {@code shares} is not empty and its parts do not add up
     *                                  to {@code unitsWanted}
     */
    public ReportLine {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(company, "company");
        Objects.requireNonNull(contract, "contract");
        Objects.requireNonNull(service, "service");
        applications = List.copyOf(applications);
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(unitPrice, "unitPrice");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(reference, "reference");
        shares = List.copyOf(shares);
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(period, "period");
        if (!shares.isEmpty() && shares.stream().mapToInt(CustomerShare::units).sum() != unitsWanted) {
            throw new IllegalArgumentException("the customers' shares " + shares + " do not add up to the "
                    + unitsWanted + " units wanted");
        }
    }

    /**
     * Each customer billed on the contract with its part of {@link #unitsWanted()}; empty when the
     * plugin does not say.
     *
     * @since 1.1
     */
    @Override
    public List<CustomerShare> shares() {
        return shares;
    }

    /**
     * The currency code of the line's price and amount; empty when the billing system does not say.
     *
     * @since 1.3
     */
    @Override
    public String currency() {
        return currency;
    }

    /**
     * The period the line's price and amount are charged for; {@link BillingPeriod#UNKNOWN} when the
     * billing system does not say.
     *
     * @since 1.4
     */
    @Override
    public BillingPeriod period() {
        return period;
    }

    /** The 1.3 line, which does not say its price's period: {@code period} is {@link BillingPeriod#UNKNOWN}. */
    public ReportLine(Ref customer, Ref company, Ref contract, Ref service, List<String> applications, String category,
                      int unitsInForce, int unitsWanted, int unitChange, BigDecimal unitPrice, LineOutcome outcome,
                      String message, String reference, List<CustomerShare> shares, String currency) {
        this(customer, company, contract, service, applications, category, unitsInForce, unitsWanted, unitChange,
                unitPrice, outcome, message, reference, shares, currency, BillingPeriod.UNKNOWN);
    }

    /** The 1.1 line, which does not say its currency: {@code currency} is empty. */
    public ReportLine(Ref customer, Ref company, Ref contract, Ref service, List<String> applications, String category,
                      int unitsInForce, int unitsWanted, int unitChange, BigDecimal unitPrice, LineOutcome outcome,
                      String message, String reference, List<CustomerShare> shares) {
        this(customer, company, contract, service, applications, category, unitsInForce, unitsWanted, unitChange,
                unitPrice, outcome, message, reference, shares, "", BillingPeriod.UNKNOWN);
    }

    /** The 1.0 line, which does not say each customer's share: {@code shares} is empty. */
    public ReportLine(Ref customer, Ref company, Ref contract, Ref service, List<String> applications, String category,
                      int unitsInForce, int unitsWanted, int unitChange, BigDecimal unitPrice, LineOutcome outcome,
                      String message, String reference) {
        this(customer, company, contract, service, applications, category, unitsInForce, unitsWanted, unitChange,
                unitPrice, outcome, message, reference, List.of(), "", BillingPeriod.UNKNOWN);
    }
}
