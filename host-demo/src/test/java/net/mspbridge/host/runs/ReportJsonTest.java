package net.mspbridge.host.runs;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import net.mspbridge.api.billing.BillingPeriod;
import net.mspbridge.api.billing.BillingReport;
import net.mspbridge.api.billing.CustomerShare;
import net.mspbridge.api.billing.LineOutcome;
import net.mspbridge.api.billing.Ref;
import net.mspbridge.api.billing.ReportLine;
import net.mspbridge.api.billing.RunMode;
import net.mspbridge.api.billing.RunStatus;

/** Reports in the run history, as stored: each customer's share kept, and reports stored by a 1.0 host still read. */
class ReportJsonTest {

    @Test
    void aLineOfSeveralCustomersKeepsEachOnesShare() {
        ReportLine line = new ReportLine(new Ref("7,9", "Contoso HQ, Contoso Lab"), Ref.of(174, "Contoso"),
                Ref.of(5001, "Managed Security"), Ref.of(10, "Workstations"), List.of("KES"), "All devices", 10, 15, 5,
                new BigDecimal("4.50"), LineOutcome.APPLIED, "", "77",
                List.of(new CustomerShare(new Ref("7", "Contoso HQ"), 12), new CustomerShare(new Ref("9", "Contoso Lab"), 3)),
                "EUR");
        BillingReport report = new BillingReport("r1", LocalDate.of(2026, 12, 7), RunMode.APPLY, RunStatus.COMPLETED, "ok",
                List.of(line), List.of());

        assertThat(ReportJson.read(ReportJson.write(report))).isEqualTo(report);
    }

    @Test
    void aReportStoredBeforeSharesExistedIsReadWithNone() {
        String stored = """
                {"runId":"r0","effectiveDate":"2026-11-01","mode":"APPLY","status":"COMPLETED","statusMessage":"ok",
                 "lines":[{"customer":{"id":"7","name":"Contoso HQ"},"company":{"id":"174","name":"Contoso"},
                   "contract":{"id":"5001","name":"Managed Security"},"service":{"id":"10","name":"Workstations"},
                   "applications":["KES"],"category":"All devices","unitsInForce":10,"unitsWanted":12,"unitChange":2,
                   "unitPrice":4.50,"outcome":"APPLIED","message":"","reference":"76"}],
                 "problems":[]}""";

        BillingReport report = ReportJson.read(stored);

        assertThat(report.lines()).singleElement().satisfies(line -> {
            assertThat(line.shares()).isEmpty();
            assertThat(line.unitsWanted()).isEqualTo(12);
            // Nor its currency (plugin-api 1.3): unknown, not guessed.
            assertThat(line.currency()).isEmpty();
            // Nor its price's period (plugin-api 1.4): not known, never taken for monthly.
            assertThat(line.period()).isEqualTo(BillingPeriod.UNKNOWN);
        });
        // Nor did it say which devices were not counted (plugin-api 1.2).
        assertThat(report.notCounted()).isEmpty();
    }

    @Test
    void aLinesPeriodIsKeptAndAnOldReportTotalsItsAmountsAsOfAPeriodNotKnown() {
        ReportLine yearly = new ReportLine(new Ref("7", "Contoso HQ"), Ref.of(174, "Contoso"), Ref.of(5001, "Managed Security"),
                Ref.of(11, "EDR (annual)"), List.of("KES"), "All devices", 0, 21, 21, new BigDecimal("48.00"),
                LineOutcome.PLANNED, "", "", List.of(), "USD", BillingPeriod.YEARLY);
        BillingReport report = new BillingReport("r1", LocalDate.of(2026, 12, 7), RunMode.PREVIEW, RunStatus.COMPLETED, "ok",
                List.of(yearly), List.of());
        String stored = ReportJson.write(report);

        assertThat(ReportJson.read(stored)).isEqualTo(report);
        BillingReport old = ReportJson.read(stored.replace(",\"period\":\"YEARLY\"", ""));
        assertThat(old.lines()).singleElement().satisfies(line -> assertThat(line.period()).isEqualTo(BillingPeriod.UNKNOWN));
        assertThat(ReportTotals.of(old).run().amounts()).singleElement().satisfies(amount -> {
            assertThat(amount.period()).isEqualTo(BillingPeriod.UNKNOWN);
            assertThat(amount.added()).isEqualByComparingTo("1008.00");
        });
        assertThat(ReportJson.read(stored.replace("\"YEARLY\"", "\"FORTNIGHTLY\"")).lines().get(0).period())
                .as("a period a newer plugin wrote and this host does not know").isEqualTo(BillingPeriod.UNKNOWN);
        assertThat(ReportJson.read(stored.replace("\"YEARLY\"", "null")).lines().get(0).period()).isEqualTo(BillingPeriod.UNKNOWN);
    }

    @Test
    void theDevicesNotCountedAreKept() {
        BillingReport report = new BillingReport("r1", java.time.LocalDate.of(2026, 12, 7), net.mspbridge.api.billing.RunMode.APPLY,
                net.mspbridge.api.billing.RunStatus.COMPLETED, "ok", java.util.List.of(), java.util.List.of(),
                java.util.List.of(new net.mspbridge.api.billing.NotCounted(new net.mspbridge.api.billing.Ref("15", "Fabrikam"),
                        "on a trial key", 2)));

        assertThat(ReportJson.read(ReportJson.write(report))).isEqualTo(report);
    }

    @Test
    void aCustomerNotReadIsKeptAndAStoredReportFromBeforeReadsItsDevicesAsRead() {
        net.mspbridge.api.billing.Ref fabrikam = new net.mspbridge.api.billing.Ref("15", "Fabrikam");
        BillingReport report = new BillingReport("r1", java.time.LocalDate.of(2026, 12, 7), net.mspbridge.api.billing.RunMode.APPLY,
                net.mspbridge.api.billing.RunStatus.COMPLETED, "ok", java.util.List.of(), java.util.List.of(),
                java.util.List.of(net.mspbridge.api.billing.NotCounted.notRead(fabrikam, "customer billing off")));
        String before = ReportJson.write(new BillingReport("r1", java.time.LocalDate.of(2026, 12, 7),
                net.mspbridge.api.billing.RunMode.APPLY, net.mspbridge.api.billing.RunStatus.COMPLETED, "ok", java.util.List.of(),
                java.util.List.of(), java.util.List.of(new net.mspbridge.api.billing.NotCounted(fabrikam, "on a trial key", 2))))
                .replace(",\"devicesUnknown\":false", "");

        assertThat(before).doesNotContain("devicesUnknown");
        assertThat(ReportJson.read(ReportJson.write(report))).isEqualTo(report);
        assertThat(ReportJson.read(before).notCounted().get(0).devicesUnknown()).isFalse();
    }

    @Test
    void aDeferredReportKeepsWhenTheRestMayBeDoneAndAnOlderReportReadsWithoutIt() {
        BillingReport deferred = new BillingReport("r2", LocalDate.of(2026, 12, 7), RunMode.APPLY, RunStatus.DEFERRED,
                "deferred", List.of(), List.of(), List.of(), java.util.Optional.of(java.time.Instant.parse("2026-12-07T10:01:00Z")));
        String before13 = """
                {"runId":"r0","effectiveDate":"2026-11-01","mode":"APPLY","status":"DEFERRED","statusMessage":"deferred",
                 "lines":[],"problems":[],"notCounted":[]}
                """;

        assertThat(ReportJson.read(ReportJson.write(deferred))).isEqualTo(deferred);
        assertThat(ReportJson.read(before13).resumeAfter()).isEmpty();
    }
}
