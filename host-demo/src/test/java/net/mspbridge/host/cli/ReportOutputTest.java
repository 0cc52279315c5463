package net.mspbridge.host.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import net.mspbridge.api.billing.BillingPeriod;
import net.mspbridge.api.billing.BillingReport;
import net.mspbridge.api.billing.CustomerShare;
import net.mspbridge.api.billing.LineOutcome;
import net.mspbridge.api.billing.NotCounted;
import net.mspbridge.api.billing.Ref;
import net.mspbridge.api.billing.ReportLine;
import net.mspbridge.api.billing.RunMode;
import net.mspbridge.api.billing.RunStatus;
import net.mspbridge.host.runs.RunProgress;
import net.mspbridge.host.runs.RunRecord;
import net.mspbridge.host.runs.RunState;
import net.mspbridge.host.runs.Trigger;

/** A report on the terminal names the customers of a line billed for several, each with its share. */
class ReportOutputTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 7);

    private static RunRecord run(ReportLine... lines) {
        BillingReport report = new BillingReport("r1", DAY, RunMode.PREVIEW, RunStatus.COMPLETED, "Preview: 2 changes planned.",
                List.of(lines), List.of());
        return new RunRecord("run-1", "kaspersky-autotask", RunMode.PREVIEW, DAY, Trigger.COMMAND_LINE, "me",
                Instant.EPOCH, Optional.of(Instant.EPOCH), RunState.COMPLETED, report.statusMessage(), lines.length,
                lines.length, 0, 0, new RunProgress(1, 1, "done"), false, Optional.of(report));
    }

    private static ReportLine line(Ref customer, String service, int wanted, List<CustomerShare> shares) {
        return new ReportLine(customer, Ref.of(174, "Contoso Ltd"), Ref.of(5001, "Contoso Managed Security"),
                Ref.of(10, service), List.of("KES"), "All devices", 0, wanted, wanted, new BigDecimal("4.50"),
                LineOutcome.PLANNED, "", "", shares, "USD");
    }

    private static final ReportLine SHARED = line(new Ref("7,9", "Contoso HQ, Contoso Lab"), "Workstations", 15,
            List.of(new CustomerShare(new Ref("7", "Contoso HQ"), 12), new CustomerShare(new Ref("9", "Contoso Lab"), 3)));
    private static final ReportLine OWN = line(new Ref("7", "Contoso HQ"), "Servers", 2,
            List.of(new CustomerShare(new Ref("7", "Contoso HQ"), 2)));

    @Test
    void theTableNamesEachCustomerOfASharedLineWithItsShare() {
        String table = ReportOutput.table(run(SHARED, OWN));

        assertThat(table).contains("Customer", "2 customers", "Contoso HQ  ")
                .contains("Customers' shares of the units wanted:\n"
                        + "  Contoso Managed Security / Workstations: Contoso HQ 12 + Contoso Lab 3 = 15\n")
                .doesNotContain("Servers: Contoso HQ 2");
    }

    @Test
    void aReportWithoutSharesHasNoSharesSection() {
        String table = ReportOutput.table(run(line(new Ref("7", "Contoso HQ"), "Servers", 2, List.of())));

        assertThat(table).contains("Contoso HQ").doesNotContain("shares");
    }

    @Test
    void theJsonCarriesTheShares() throws Exception {
        JsonNode json = new ObjectMapper().readTree(ReportOutput.json(run(SHARED)));

        JsonNode shares = json.get("report").get("lines").get(0).get("shares");
        assertThat(shares).hasSize(2);
        assertThat(shares.get(1).get("customer").get("name").asText()).isEqualTo("Contoso Lab");
        assertThat(shares.get(1).get("units").asInt()).isEqualTo(3);
    }

    /** Issue 16: the table shows each line's money and Autotask id, and totals per contract and for the run. */
    @Test
    void theTableShowsAmountsAdjustmentIdsAndTotals() {
        ReportLine applied = new ReportLine(new Ref("7", "Contoso HQ"), Ref.of(174, "Contoso Ltd"),
                Ref.of(5001, "Contoso Managed Security"), Ref.of(10, "Workstations"), List.of("KES"), "Windows workstations",
                22, 18, -4, new BigDecimal("4.50"), LineOutcome.APPLIED,
                "Kaspersky Endpoint Security for Windows / Windows workstations: 18", "29684107", List.of(), "USD",
                BillingPeriod.MONTHLY);
        ReportLine other = new ReportLine(new Ref("9", "Fabrikam"), Ref.of(175, "Fabrikam"),
                Ref.of(5002, "Fabrikam Managed Security"), Ref.of(11, "Servers"), List.of("KES"), "Windows servers",
                0, 2, 2, new BigDecimal("12"), LineOutcome.APPLIED, "", "29684108", List.of(), "EUR", BillingPeriod.MONTHLY);
        ReportLine unknown = new ReportLine(new Ref("11", "Litware"), Ref.of(178, "Litware"),
                Ref.of(5003, "Litware Managed Security"), Ref.of(11, "Servers"), List.of("KES"), "Windows servers",
                0, 1, 1, new BigDecimal("12"), LineOutcome.APPLIED, "", "29684109");

        String table = ReportOutput.table(run(applied, other, unknown));

        assertThat(table).contains("Amount change", "Adjustment id")
                .containsPattern("-4 +4\\.50 +-18\\.00 USD per month +APPLIED +29684107\\n")
                .containsPattern("\\+12\\.00 \\(currency not known\\) \\(period not known\\) +APPLIED +29684109\\n")
                .doesNotContain("Windows workstations: 18")
                .contains("Total Contoso Managed Security: -4 units (-18.00 USD per month)\n")
                .contains("Total Fabrikam Managed Security: +2 units (+24.00 EUR per month)\n")
                .contains("Run total (changes planned): +3 units (+24.00 EUR per month, +12.00 (currency not known) "
                        + "(period not known)), -4 units (-18.00 USD per month)\n");
    }

    /** Stop 24: a yearly service's amount is totalled per year, apart from the monthly ones, never converted. */
    @Test
    void theTotalsKeepMonthlyAndYearlyAmountsApartAndSaySo() throws Exception {
        ReportLine monthly = new ReportLine(new Ref("7", "Contoso HQ"), Ref.of(174, "Contoso Ltd"),
                Ref.of(5001, "Contoso Managed Security"), Ref.of(10, "EDR Workstation"), List.of("KES"), "Windows servers",
                0, 21, 21, new BigDecimal("4.50"), LineOutcome.PLANNED, "", "", List.of(), "USD", BillingPeriod.MONTHLY);
        ReportLine yearly = new ReportLine(new Ref("7", "Contoso HQ"), Ref.of(174, "Contoso Ltd"),
                Ref.of(5001, "Contoso Managed Security"), Ref.of(11, "EDR Workstation (annual)"), List.of("KES"),
                "Windows workstations", 0, 21, 21, new BigDecimal("48.00"), LineOutcome.PLANNED, "", "", List.of(), "USD",
                BillingPeriod.YEARLY);

        String table = ReportOutput.table(run(monthly, yearly));

        assertThat(table).containsPattern("\\+1008\\.00 USD per year +PLANNED")
                .contains("Run total (changes planned): +42 units (+94.50 USD per month, +1008.00 USD per year)\n")
                .doesNotContain("1102.50").doesNotContain("amounts per month");
        JsonNode amounts = new ObjectMapper().readTree(ReportOutput.json(run(monthly, yearly))).get("totals").get("run")
                .get("amounts");
        assertThat(amounts).hasSize(2);
        assertThat(amounts.get(0).get("period").asText()).isEqualTo("MONTHLY");
        assertThat(amounts.get(0).get("net").decimalValue()).isEqualByComparingTo("94.50");
        assertThat(amounts.get(1).get("period").asText()).isEqualTo("YEARLY");
        assertThat(amounts.get(1).get("net").decimalValue()).isEqualByComparingTo("1008.00");
    }

    /** Issue 16: devices seen but not counted are listed per customer with their reasons, not as problems. */
    @Test
    void theTableListsTheDevicesNotCountedApartFromTheProblems() {
        RunRecord plain = run(OWN);
        BillingReport report = plain.report().orElseThrow();
        BillingReport withNotCounted = new BillingReport(report.runId(), report.effectiveDate(), report.mode(), report.status(),
                report.statusMessage(), report.lines(), List.of(), List.of(
                        new NotCounted(new Ref("15", "Fabrikam"), "on a trial key", 1),
                        new NotCounted(new Ref("21", "Northwind Traders"), "on an expired key", 2),
                        new NotCounted(new Ref("21", "Northwind Traders"), "with a reserve key only, no active key", 1),
                        NotCounted.notRead(new Ref("30", "Tailspin Toys"), "customer billing off")));
        RunRecord run = new RunRecord(plain.runId(), plain.pluginId(), plain.mode(), plain.effectiveDate(), plain.trigger(),
                plain.startedBy(), plain.startedAt(), plain.finishedAt(), plain.state(), plain.message(), plain.lines(),
                plain.changes(), plain.failed(), 0, plain.progress(), false, Optional.of(withNotCounted));

        assertThat(ReportOutput.table(run)).contains("Seen but not counted")
                .contains("  Fabrikam\n      1 device on a trial key\n  Northwind Traders\n      2 devices on an expired key\n"
                        + "      1 device with a reserve key only, no active key\n"
                        + "  Tailspin Toys\n      devices not read: customer billing off\n")
                .doesNotContain("Problems");
    }

    @Test
    void theJsonCarriesTheAmountsAndTotals() throws Exception {
        JsonNode json = new ObjectMapper().readTree(ReportOutput.json(run(SHARED, OWN)));

        assertThat(json.get("totals").get("lineAmounts").get(0).decimalValue()).isEqualByComparingTo("67.50");
        JsonNode amounts = json.get("totals").get("run").get("amounts");
        assertThat(amounts).hasSize(1);
        assertThat(amounts.get(0).get("currency").asText()).isEqualTo("USD");
        assertThat(amounts.get(0).get("net").decimalValue()).isEqualByComparingTo("76.50");
        assertThat(json.get("report").get("lines").get(0).get("currency").asText()).isEqualTo("USD");
        assertThat(json.get("report").get("lines").get(0).get("reference").asText()).isEmpty();
    }

    /** Issue 16: piped to a file, the table keeps every cell whole; on a terminal long cells are cut. */
    @Test
    void theTableCutsLongCellsOnlyForATerminal() {
        ReportLine line = new ReportLine(new Ref("7", "Contoso HQ"), Ref.of(174, "Contoso Ltd"),
                Ref.of(5001, "Northwind Traders - Security & Backup"), Ref.of(10, "Workstations"), List.of("KES"),
                "Windows workstations", 0, 2, 2, new BigDecimal("4.50"), LineOutcome.PLANNED, "", "");

        assertThat(ReportOutput.table(run(line), false)).contains("Northwind Traders - Security & Backup").doesNotContain("…");
        assertThat(ReportOutput.table(run(line), true)).contains("Northwind Traders - Security …");
    }
}
