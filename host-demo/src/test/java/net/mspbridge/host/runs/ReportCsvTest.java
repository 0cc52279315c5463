package net.mspbridge.host.runs;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import net.mspbridge.api.billing.BillingPeriod;
import net.mspbridge.api.billing.BillingReport;
import net.mspbridge.api.billing.LineOutcome;
import net.mspbridge.api.billing.Ref;
import net.mspbridge.api.billing.ReportLine;
import net.mspbridge.api.billing.RunMode;
import net.mspbridge.api.billing.RunStatus;

/** Issue 16: a report as CSV, as README documents its columns. */
class ReportCsvTest {

    private static ReportLine line(String company, LineOutcome outcome, String message, String reference) {
        return new ReportLine(new Ref("7", "Contoso HQ"), Ref.of(174, company), Ref.of(5001, "Managed Security"),
                Ref.of(10, "EDR Workstation"), List.of("KES Windows", "KES Linux"), "Windows workstations", 22, 18, -4,
                new BigDecimal("4.50"), outcome, message, reference, List.of(), "EUR", BillingPeriod.YEARLY);
    }

    private static List<String> rows(ReportLine... lines) {
        String csv = ReportCsv.of(new BillingReport("run-3", LocalDate.of(2026, 12, 7), RunMode.APPLY, RunStatus.COMPLETED,
                "ok", List.of(lines), List.of()));
        assertThat(csv).endsWith("\r\n");
        return List.of(csv.split("\r\n"));
    }

    @Test
    void oneRowPerLineWithItsAmountAndAdjustmentIdUnderTheDocumentedHeader() {
        List<String> rows = rows(line("Contoso Ltd", LineOutcome.APPLIED, "", "29684107"));

        assertThat(rows.get(0)).isEqualTo(String.join(",", ReportCsv.COLUMNS));
        assertThat(rows.get(1)).isEqualTo("run-3,2026-12-07,APPLY,7,Contoso HQ,174,Contoso Ltd,5001,Managed Security,10,"
                + "EDR Workstation,KES Windows; KES Linux,Windows workstations,22,18,-4,4.50,-18.00,EUR,APPLIED,29684107,,YEARLY");
    }

    @Test
    void thePeriodOfEachAmountIsTheLastColumnAndAnOlderLineSaysItIsNotKnown() {
        ReportLine older = new ReportLine(new Ref("7", "Contoso HQ"), Ref.of(174, "Contoso Ltd"), Ref.of(5001, "Managed Security"),
                Ref.of(10, "EDR Workstation"), List.of("KES Windows"), "Windows workstations", 0, 2, 2,
                new BigDecimal("4.50"), LineOutcome.APPLIED, "", "1", List.of(), "EUR");

        List<String> rows = rows(line("Contoso Ltd", LineOutcome.APPLIED, "", "2"), older);

        assertThat(ReportCsv.COLUMNS).endsWith("note", "period");
        assertThat(rows.get(1)).endsWith(",YEARLY");
        assertThat(rows.get(2)).endsWith(",UNKNOWN");
    }

    @Test
    void anAdjustmentIdIsGivenOnlyForAChangeMade() {
        assertThat(rows(line("Contoso Ltd", LineOutcome.FAILED, "refused", "29684107")).get(1)).endsWith(",FAILED,,refused,YEARLY");
    }

    @Test
    void textWithCommasOrQuotesIsQuotedAndFormulasAreDefused() {
        String row = rows(line("=HYPERLINK(\"x\"), Ltd", LineOutcome.PLANNED, "Line one, \"quoted\"", "")).get(1);

        assertThat(row).contains(",174,\"'=HYPERLINK(\"\"x\"\"), Ltd\",5001,")
                .endsWith(",PLANNED,,\"Line one, \"\"quoted\"\"\",YEARLY");
    }
}
