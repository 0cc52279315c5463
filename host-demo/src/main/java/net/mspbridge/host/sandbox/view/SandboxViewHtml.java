package net.mspbridge.host.sandbox.view;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The view as an HTML fragment (a {@code <section>} per contract with two tables) for a host page to
 * place inside its layout. Every text is escaped, so names from the data render inert. Classes:
 * {@code sandbox-contract}, {@code sandbox-services}, {@code sandbox-adjustments}, {@code num}.
 */
public final class SandboxViewHtml {

    private static final DateTimeFormatter RECEIVED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private SandboxViewHtml() {
    }

    public static String render(SandboxView view) {
        StringBuilder out = new StringBuilder();
        out.append("<p class=\"sandbox-summary\">Units in force on ").append(esc(view.date().toString())).append("; ")
                .append(view.adjustmentCount()).append(" adjustment(s) received.</p>\n");
        for (ContractView c : view.contracts()) {
            out.append("<section class=\"sandbox-contract\">\n<h3>").append(esc(c.companyName())).append(" &mdash; ")
                    .append(esc(c.contractName())).append("</h3>\n<p>#").append(c.contractId()).append(", ")
                    .append(esc(c.contractType())).append(", ").append(esc(c.status())).append(", ")
                    .append(esc(c.startDate().toString())).append(" to ").append(esc(c.endDate().toString())).append("</p>\n");
            out.append("<table class=\"sandbox-services\"><thead><tr><th>Service</th><th class=\"num\">Unit price</th>"
                    + "<th class=\"num\">Units</th></tr></thead><tbody>\n");
            if (c.services().isEmpty()) {
                out.append("<tr><td colspan=\"3\">No services</td></tr>\n");
            }
            for (ServiceLine s : c.services()) {
                out.append("<tr><td>").append(esc(s.serviceName())).append("</td><td class=\"num\">")
                        .append(esc(s.unitPrice().toPlainString())).append("</td><td class=\"num\">").append(s.units()).append("</td></tr>\n");
            }
            out.append("</tbody></table>\n");
            out.append("<table class=\"sandbox-adjustments\"><thead><tr><th>Item id</th><th>Received</th><th>Effective</th>"
                    + "<th class=\"num\">Change</th><th>Service</th></tr></thead><tbody>\n");
            if (c.adjustments().isEmpty()) {
                out.append("<tr><td colspan=\"5\">No adjustments received</td></tr>\n");
            }
            for (AdjustmentLine a : c.adjustments()) {
                out.append("<tr><td>").append(a.itemId()).append("</td><td>").append(esc(RECEIVED.format(a.receivedAt())))
                        .append("</td><td>").append(esc(a.effectiveDate().toString())).append("</td><td class=\"num\">")
                        .append(a.unitChange() > 0 ? "+" : "").append(a.unitChange()).append("</td><td>")
                        .append(esc(a.serviceName())).append("</td></tr>\n");
            }
            out.append("</tbody></table>\n</section>\n");
        }
        return out.toString();
    }

    static String esc(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (char ch : text.toCharArray()) {
            switch (ch) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(ch);
            }
        }
        return b.toString();
    }
}
