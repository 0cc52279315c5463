package net.mspbridge.host.runs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

import net.mspbridge.api.billing.BillingPeriod;
import net.mspbridge.api.billing.BillingReport;
import net.mspbridge.api.billing.LineOutcome;
import net.mspbridge.api.billing.Ref;
import net.mspbridge.api.billing.ReportLine;

/**
 * The money of a report, worked out once for the page, the terminal and the JSON: each line's
 * amount change and the totals per contract and for the run.
 *
 * <p>A line's amount change is its unit change times its unit price, in the contract's currency as
 * the billing system gives the price (Autotask's {@code ContractServiceAdjustments.adjustedUnitPrice}
 * is in the customer's currency when multi-currency is on:
 * https://www.autotask.net/help/developerhelp/Content/APIs/REST/Entities/ContractServiceAdjustmentsEntity.htm),
 * named by {@link ReportLine#currency()}, and per the period of its price, {@link ReportLine#period()} (a
 * yearly service's amount is an amount per year). Amounts are added up per currency and period only:
 * euros are never added to dollars, a yearly amount never to a monthly one nor converted into one, and
 * amounts of an unknown currency (an empty code) or an unknown period (a report stored before plugin-api
 * 1.4) are kept apart too.
 * Totals count only the changes made (applied) or planned (preview): a failed or deferred line changed
 * nothing, so its amount is shown on the line but not added up.
 *
 * @param lineAmounts each report line's amount change, in the report's order
 * @param contracts   the totals of each contract, in the order its first line comes
 * @param run         the totals of the whole run
 */
public record ReportTotals(List<BigDecimal> lineAmounts, List<ContractTotal> contracts, Total run) {

    public ReportTotals {
        lineAmounts = List.copyOf(lineAmounts);
        contracts = List.copyOf(contracts);
    }

    /**
     * Units added and removed, and the money per currency.
     *
     * @param unitsAdded    units added by the lines counted
     * @param unitsRemoved  units removed, as a positive number
     * @param amounts       the amounts added and removed, one entry per currency and period, in the order
     *                      each (currency, period)'s first counted line comes
     * @param lines         the lines counted (made or planned changes)
     */
    public record Total(int unitsAdded, int unitsRemoved, List<Amount> amounts, int lines) {

        static final Total NONE = new Total(0, 0, List.of(), 0);

        public Total {
            amounts = List.copyOf(amounts);
        }

        /** The units added less the units removed: the sum of the counted lines' changes. */
        @JsonProperty
        public int unitsNet() {
            return unitsAdded - unitsRemoved;
        }

        Total plus(ReportLine line) {
            BigDecimal amount = amountChange(line);
            List<Amount> sums = new ArrayList<>(amounts);
            int at = 0;
            while (at < sums.size() && !(sums.get(at).currency().equals(line.currency())
                    && sums.get(at).period() == line.period())) {
                at++;
            }
            Amount sum = at < sums.size() ? sums.get(at)
                    : new Amount(line.currency(), line.period(), BigDecimal.ZERO, BigDecimal.ZERO);
            sum = line.unitChange() >= 0 ? new Amount(sum.currency(), sum.period(), sum.added().add(amount), sum.removed())
                    : new Amount(sum.currency(), sum.period(), sum.added(), sum.removed().subtract(amount));
            if (at < sums.size()) {
                sums.set(at, sum);
            } else {
                sums.add(sum);
            }
            return line.unitChange() >= 0
                    ? new Total(unitsAdded + line.unitChange(), unitsRemoved, sums, lines + 1)
                    : new Total(unitsAdded, unitsRemoved - line.unitChange(), sums, lines + 1);
        }
    }

    /**
     * The money of one currency and one period.
     *
     * @param currency the currency code, empty when the billing system did not say
     * @param period   the period the amounts are per ({@link BillingPeriod#UNKNOWN} when the report did not say)
     * @param added    the amount added
     * @param removed  the amount removed, as a positive number
     */
    public record Amount(String currency, BillingPeriod period, BigDecimal added, BigDecimal removed) {

        /** The amount added less the amount removed. */
        @JsonProperty
        public BigDecimal net() {
            return added.subtract(removed);
        }
    }

    /**
     * One contract's totals.
     *
     * @param contract the contract
     * @param company  its company
     * @param total    its lines' totals
     */
    public record ContractTotal(Ref contract, Ref company, Total total) {
    }

    /** The amount a line changes, per its price's period: its unit change times its unit price. */
    public static BigDecimal amountChange(ReportLine line) {
        return line.unitPrice().multiply(BigDecimal.valueOf(line.unitChange()));
    }

    /** Whether a line's change counts in the totals: made by an apply run, or planned by a preview. */
    public static boolean counted(ReportLine line) {
        return line.unitChange() != 0
                && (line.outcome() == LineOutcome.APPLIED || line.outcome() == LineOutcome.PLANNED);
    }

    /** The money of {@code report}: one amount per line, in its order, and the totals. */
    public static ReportTotals of(BillingReport report) {
        List<BigDecimal> amounts = new ArrayList<>();
        Map<String, ContractTotal> contracts = new LinkedHashMap<>();
        Total run = Total.NONE;
        for (ReportLine line : report.lines()) {
            amounts.add(amountChange(line));
            ContractTotal contract = contracts.computeIfAbsent(line.contract().id(),
                    id -> new ContractTotal(line.contract(), line.company(), Total.NONE));
            if (counted(line)) {
                contracts.put(line.contract().id(), new ContractTotal(contract.contract(), contract.company(),
                        contract.total().plus(line)));
                run = run.plus(line);
            }
        }
        return new ReportTotals(amounts, new ArrayList<>(contracts.values()), run);
    }
}
