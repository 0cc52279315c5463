package net.mspbridge.host.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import net.mspbridge.api.billing.BillingReport;
import net.mspbridge.api.billing.LineOutcome;
import net.mspbridge.api.billing.NotCounted;
import net.mspbridge.api.billing.Problem;
import net.mspbridge.api.billing.ReportLine;
import net.mspbridge.api.billing.RunMode;
import net.mspbridge.host.runs.PeriodWords;
import net.mspbridge.host.runs.ReportTotals;
import net.mspbridge.host.runs.RunProgress;
import net.mspbridge.host.runs.ShortNote;
import net.mspbridge.host.runs.RunRecord;

/** A finished run for the terminal: a readable table, JSON, and a progress bar. */
final class ReportOutput {

    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
            .registerModule(new Jdk8Module()).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT);
    private static final int MAX_CELL = 30;
    private static final int BAR = 30;

    private ReportOutput() {
    }

    /** The run as the API gives it: the record with its report. */
    static String json(RunRecord run) {
        ObjectNode node = MAPPER.valueToTree(run);
        node.put("triggerDescription", run.trigger().description());
        node.put("finished", run.state().isFinished());
        run.report().ifPresent(report -> node.set("totals", MAPPER.valueToTree(ReportTotals.of(report))));
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the run as JSON", e);
        }
    }

    /** The table as a terminal shows it: long cells cut to fit. */
    static String table(RunRecord run) {
        return table(run, true);
    }

    /**
     * The run as a table; {@code cut} shortens long cells to fit a terminal, and is off when the
     * output goes to a file or another program, so that nothing is lost there.
     */
    static String table(RunRecord run, boolean cut) {
        StringBuilder out = new StringBuilder();
        out.append("Billing run ").append(run.runId()).append(" (").append(run.mode().name().toLowerCase(java.util.Locale.ROOT))
                .append(", effective ").append(run.effectiveDate()).append(") of plugin ").append(run.pluginId())
                .append(": ").append(run.state()).append('\n');
        out.append(run.message()).append('\n');
        if (run.report().isEmpty()) {
            return out.toString();
        }
        BillingReport report = run.report().get();
        out.append('\n');
        if (report.lines().isEmpty()) {
            out.append("No lines.\n");
        } else {
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {"Customer", "Company", "Contract", "Service", "Category", "In force", "Wanted", "Change",
                    "Unit price", "Amount change", "Outcome", "Adjustment id", "Note"});
            for (ReportLine line : report.lines()) {
                rows.add(new String[] {customers(line), name(line.company()), name(line.contract()), name(line.service()),
                        line.category(), Integer.toString(line.unitsInForce()), Integer.toString(line.unitsWanted()),
                        signed(line.unitChange()), money(line.unitPrice()),
                        in(signedMoney(ReportTotals.amountChange(line)), line.currency()) + " " + PeriodWords.per(line.period()),
                        line.outcome().name(), line.outcome() == LineOutcome.APPLIED ? line.reference() : "",
                        ShortNote.of(line.message())});
            }
            appendTable(out, rows, 5, 9, cut);
            appendTotals(out, report, ReportTotals.of(report));
            appendShares(out, report.lines());
        }
        appendNotCounted(out, report.notCounted());
        if (!report.problems().isEmpty()) {
            out.append("\nProblems (").append(report.problems().size()).append("):\n");
            for (Problem problem : report.problems()) {
                out.append("  ").append(problem.kind()).append("  ").append(problem.subject());
                if (problem.units() > 0) {
                    out.append(" (").append(count(problem.units(), "unit")).append(")");
                }
                out.append("\n      ").append(problem.message()).append('\n');
            }
        }
        return out.toString();
    }

    static String progressLine(RunProgress progress) {
        int filled = (int) Math.round(progress.fraction() * BAR);
        String step = progress.step().length() > 40 ? progress.step().substring(0, 37) + "..." : progress.step();
        return "[" + "#".repeat(filled) + ".".repeat(BAR - filled) + "] " + progress.done() + "/" + progress.total()
                + " " + step + " ".repeat(Math.max(0, 40 - step.length()));
    }

    /** The line's customer, or how many share it when several do (their shares follow the table). */
    private static String customers(ReportLine line) {
        return line.shares().size() > 1 ? line.shares().size() + " customers" : name(line.customer());
    }

    /**
     * Lines billed for several customers, each customer with its part of the units wanted, in full:
     * the table cuts long cells, and a share is what a person checks a sum against.
     */
    private static void appendShares(StringBuilder out, List<ReportLine> lines) {
        List<ReportLine> shared = lines.stream().filter(l -> l.shares().size() > 1).toList();
        if (shared.isEmpty()) {
            return;
        }
        out.append("\nCustomers' shares of the units wanted:\n");
        for (ReportLine line : shared) {
            out.append("  ").append(name(line.contract())).append(" / ").append(name(line.service())).append(": ")
                    .append(line.shares().stream().map(s -> name(s.customer()) + " " + s.units())
                            .collect(Collectors.joining(" + ")))
                    .append(" = ").append(line.unitsWanted()).append('\n');
        }
    }

    private static String name(net.mspbridge.api.billing.Ref ref) {
        return ref.name().isEmpty() ? ref.id() : ref.name();
    }

    /** A price with at least two decimals, as an invoice shows it: 4.5 as 4.50, 4.125 as it is. */
    private static String money(java.math.BigDecimal price) {
        return (price.scale() < 2 ? price.setScale(2) : price).toPlainString();
    }

    /** Devices seen but not counted, per customer with each reason: not problems, they follow the billing rules. */
    private static void appendNotCounted(StringBuilder out, List<NotCounted> notCounted) {
        if (notCounted.isEmpty()) {
            return;
        }
        out.append("\nSeen but not counted (a device with several applications counts once per application):\n");
        String customer = null;
        for (NotCounted entry : notCounted) {
            if (!entry.customer().id().equals(customer)) {
                customer = entry.customer().id();
                out.append("  ").append(name(entry.customer())).append('\n');
            }
            // A customer not read (its billing is off) has no count to give: never "0 devices".
            // The billing rules' reasons read on from the count ("on a trial key"); the others follow a colon.
            boolean readsOn = entry.reason().matches("(on|with|running|listed|counted)\\b.*");
            out.append("      ").append(entry.devicesUnknown() ? "devices not read" : count(entry.devices(), "device"))
                    .append(readsOn && !entry.devicesUnknown() ? " " : ": ").append(entry.reason()).append('\n');
        }
    }

    private static String signedMoney(java.math.BigDecimal amount) {
        return (amount.signum() > 0 ? "+" : "") + money(amount);
    }

    /** "1 unit", "3 units". */
    private static String count(int n, String noun) {
        return n + " " + noun + (Math.abs(n) == 1 ? "" : "s");
    }

    /**
     * Each contract's totals (when there are several) and the run's: units and the amounts added and
     * removed by the changes made (or planned, in a preview), each amount per its currency and period.
     */
    private static void appendTotals(StringBuilder out, BillingReport report, ReportTotals totals) {
        out.append('\n');
        if (totals.contracts().size() > 1) {
            for (ReportTotals.ContractTotal contract : totals.contracts()) {
                out.append("Total ").append(name(contract.contract())).append(": ").append(total(contract.total()))
                        .append('\n');
            }
        }
        out.append("Run total (changes ").append(report.mode() == RunMode.PREVIEW ? "planned" : "made")
                .append("): ").append(total(totals.run())).append('\n');
    }

    /**
     * "+5 units (+22.50 USD per month, +48.00 USD per year, +8.00 EUR per month), -2 units (-9.00 USD per month)":
     * money per currency and period, never added across either.
     */
    private static String total(ReportTotals.Total total) {
        List<String> parts = new ArrayList<>();
        if (total.unitsAdded() > 0) {
            parts.add("+" + count(total.unitsAdded(), "unit") + " (" + amounts(total, ReportTotals.Amount::added, "+") + ")");
        }
        if (total.unitsRemoved() > 0) {
            parts.add("-" + count(total.unitsRemoved(), "unit") + " ("
                    + amounts(total, ReportTotals.Amount::removed, "-") + ")");
        }
        return parts.isEmpty() ? "no change" : String.join(", ", parts);
    }

    private static String amounts(ReportTotals.Total total,
                                  java.util.function.Function<ReportTotals.Amount, java.math.BigDecimal> part, String sign) {
        String text = total.amounts().stream().filter(a -> part.apply(a).signum() != 0)
                .map(a -> in(sign + money(part.apply(a)), a.currency()) + " " + PeriodWords.per(a.period()))
                .collect(Collectors.joining(", "));
        return text.isEmpty() ? sign + "0.00" : text;
    }

    /** An amount with its currency's code; one the billing system did not give is said to be unknown. */
    private static String in(String amount, String currency) {
        return currency.isEmpty() ? amount + " (currency not known)" : amount + " " + currency;
    }

    private static String signed(int change) {
        return change > 0 ? "+" + change : Integer.toString(change);
    }

    /** Columns from {@code firstNumeric} to {@code lastNumeric} are right-aligned and never cut. */
    private static void appendTable(StringBuilder out, List<String[]> rows, int firstNumeric, int lastNumeric,
            boolean cut) {
        int columns = rows.get(0).length;
        int[] widths = new int[columns];
        for (String[] row : rows) {
            for (int i = 0; i < columns; i++) {
                // Numbers and money are never cut: an amount without its currency or period misleads.
                boolean numeric = i >= firstNumeric && i <= lastNumeric;
                row[i] = cut && !numeric && row[i].length() > MAX_CELL ? row[i].substring(0, MAX_CELL - 1) + "…" : row[i];
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < columns; i++) {
                String cell = row[i];
                String pad = " ".repeat(widths[i] - cell.length());
                line.append(i >= firstNumeric && i <= lastNumeric ? pad + cell : cell + pad);
                if (i < columns - 1) {
                    line.append("  ");
                }
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
    }
}
