package net.mspbridge.host.runs;

import java.util.Optional;

import net.mspbridge.api.billing.BillingReport;
import net.mspbridge.api.billing.BillingRunRequest;
import net.mspbridge.api.billing.LineOutcome;
import net.mspbridge.api.billing.RunMode;

/** What makes a plugin's report unusable: plugin-api's records check the rest themselves. */
final class ReportChecks {

    private ReportChecks() {
    }

    static Optional<String> problem(BillingRunRequest request, BillingReport report) {
        if (report == null) {
            return Optional.of("no report (null)");
        }
        if (!report.runId().equals(request.runId())) {
            return Optional.of("a report for another run ('" + report.runId() + "')");
        }
        if (report.mode() != request.mode()) {
            return Optional.of("a " + report.mode() + " report for a " + request.mode() + " run");
        }
        if (!report.effectiveDate().equals(request.effectiveDate())) {
            return Optional.of("a report for " + report.effectiveDate() + " instead of " + request.effectiveDate());
        }
        if (request.mode() == RunMode.PREVIEW && !report.lines(LineOutcome.APPLIED).isEmpty()) {
            return Optional.of("a preview that claims to have applied changes");
        }
        return Optional.empty();
    }
}
