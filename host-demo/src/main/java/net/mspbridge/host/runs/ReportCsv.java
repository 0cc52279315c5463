package net.mspbridge.host.runs;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;

import net.mspbridge.api.billing.BillingReport;
import net.mspbridge.api.billing.LineOutcome;
import net.mspbridge.api.billing.ReportLine;
import net.mspbridge.host.evidence.CsvCells;

/**
 * A report as CSV for a spreadsheet or an auditor: one row per report line, the columns listed in
 * README ("Exporting a report"), RFC 4180 quoting (https://www.rfc-editor.org/rfc/rfc4180), CRLF line
 * ends, numbers as plain decimals with a dot (money with at least two decimals), each amount's currency
 * in its own column (empty when the billing system did not give one) and, in the last column, the period the
 * price and amount are per ({@code MONTHLY}, {@code YEARLY}, ...; {@code UNKNOWN} for a line stored before
 * plugin-api 1.4): a yearly amount is not a monthly one.
 *
 * <p>A text cell that a spreadsheet would take for a formula (starting with {@code = + - @}, tab or
 * carriage return) gets a leading apostrophe, as OWASP advises against CSV injection
 * (https://owasp.org/www-community/attacks/CSV_Injection): names and notes come from other systems.
 * Number cells are written by this class and never need it.
 */
public final class ReportCsv {

    /** The header row: the column names README documents. */
    public static final List<String> COLUMNS = List.of("run_id", "effective_date", "mode", "customer_id", "customer",
            "company_id", "company", "contract_id", "contract", "service_id", "service", "applications", "category",
            "units_in_force", "units_wanted", "unit_change", "unit_price", "amount_change", "currency", "outcome", "adjustment_id",
            "note", "period");

    private ReportCsv() {
    }

    /** The report as CSV: the header row, then one row per line in the report's order, each ending in CRLF. */
    public static String of(BillingReport report) {
        StringBuilder out = new StringBuilder();
        row(out, COLUMNS.stream());
        for (ReportLine line : report.lines()) {
            BigDecimal amount = ReportTotals.amountChange(line);
            row(out, Stream.of(report.runId(), report.effectiveDate().toString(), report.mode().name(),
                    text(line.customer().id()), text(line.customer().name()), text(line.company().id()),
                    text(line.company().name()), text(line.contract().id()), text(line.contract().name()),
                    text(line.service().id()), text(line.service().name()), text(String.join("; ", line.applications())),
                    text(line.category()), Integer.toString(line.unitsInForce()), Integer.toString(line.unitsWanted()),
                    Integer.toString(line.unitChange()), money(line.unitPrice()), money(amount), text(line.currency()),
                    line.outcome().name(), line.outcome() == LineOutcome.APPLIED ? text(line.reference()) : "",
                    text(line.message()), line.period().name()));
        }
        return out.toString();
    }

    /** At least two decimals, as an invoice shows money: 4.5 as 4.50, 4.125 as it is. */
    private static String money(BigDecimal value) {
        return (value.scale() < 2 ? value.setScale(2) : value).toPlainString();
    }

    private static void row(StringBuilder out, Stream<String> cells) {
        out.append(CsvCells.row(cells));
    }

    /** A text cell from another system, defused if a spreadsheet would run it as a formula. */
    private static String text(String value) {
        return CsvCells.text(value);
    }
}
