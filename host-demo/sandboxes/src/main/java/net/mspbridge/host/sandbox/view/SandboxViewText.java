package net.mspbridge.host.sandbox.view;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The view as a plain-text table for a terminal. */
public final class SandboxViewText {

    private static final DateTimeFormatter RECEIVED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private SandboxViewText() {
    }

    public static String render(SandboxView view) {
        StringBuilder out = new StringBuilder();
        out.append("Autotask sandbox: contract services with units in force on ").append(view.date())
                .append(" (").append(view.adjustmentCount()).append(" adjustment(s) received)\n");
        for (ContractView c : view.contracts()) {
            out.append('\n').append(c.companyName()).append(" | ").append(c.contractName())
                    .append(" (#").append(c.contractId()).append(", ").append(c.contractType()).append(", ").append(c.status())
                    .append(", ").append(c.startDate()).append(" to ").append(c.endDate())
                    .append(c.ended() ? ", ended" : "").append(")\n");
            if (c.services().isEmpty()) {
                out.append("  (no services)\n");
            } else {
                out.append(String.format("  %-40s %10s %8s%n", "Service", "Unit price", "Units"));
                for (ServiceLine s : c.services()) {
                    out.append(String.format("  %-40s %10s %8d%n", cut(s.serviceName(), 40), money(s.unitPrice()), s.units()));
                }
            }
            if (c.adjustments().isEmpty()) {
                out.append("  Adjustments received: none\n");
            } else {
                out.append("  Adjustments received:\n");
                out.append(String.format("  %-10s %-20s %-10s %7s  %s%n", "Item id", "Received (UTC)", "Effective", "Change", "Service"));
                for (AdjustmentLine a : c.adjustments()) {
                    out.append(String.format("  %-10d %-20s %-10s %7s  %s%n", a.itemId(), RECEIVED.format(a.receivedAt()),
                            a.effectiveDate(), (a.unitChange() > 0 ? "+" : "") + a.unitChange(), a.serviceName()));
                }
            }
        }
        appendKsc(out, view);
        return out.toString();
    }

    /** The KSC side: each virtual server with its hosts and each key with the hosts using it. */
    private static void appendKsc(StringBuilder out, SandboxView view) {
        if (view.virtualServers().isEmpty()) {
            return;
        }
        out.append("\nKSC sandbox: virtual servers with their hosts and licence keys\n");
        for (VirtualServerView vs : view.virtualServers()) {
            out.append('\n').append(vs.name()).append(" (#").append(vs.id()).append(vs.enabled() ? "" : ", disabled")
                    .append("): ").append(vs.hosts()).append(vs.hosts() == 1 ? " host" : " hosts").append('\n');
            for (KeyView key : vs.keys()) {
                out.append(String.format("  %-22s %-13s %4d of %4d licences used  expires %s  %s%s%n", key.serial(), key.type(),
                        key.hosts(), key.licenseCount(), key.limitDate() == null ? "never" : RECEIVED.format(key.limitDate()).substring(0, 10),
                        key.productName(), key.reportedOnly() ? " (not added to the server)" : ""));
            }
        }
    }

    private static String cut(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }

    /** A price with at least two decimals, as an invoice shows it: 5.0 as 5.00, 4.125 as it is. */
    private static String money(java.math.BigDecimal price) {
        return price == null ? "" : (price.scale() < 2 ? price.setScale(2) : price).toPlainString();
    }
}
