package net.mspbridge.integration.autotask;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * An Autotask service (entity {@code Services}): what a contract bills per unit. Fields Autotask did
 * not return are null, or 0 / false for the primitive ones.
 *
 * @param id                 the service id
 * @param name               the name
 * @param description        the description, may be null
 * @param invoiceDescription the invoice text, may be null
 * @param active             whether the service is active ({@code isActive})
 * @param periodType         the period type picklist value, may be null
 * @param periodTypeLabel    its label from {@code Services/entityInformation/fields} (e.g. "Monthly");
 *                           empty when the service has no period type, the number as text when the
 *                           picklist does not know it
 * @param unitPrice          the price per unit and period, may be null
 * @param unitCost           the cost per unit and period, may be null
 */
public record Service(
        long id,
        String name,
        String description,
        String invoiceDescription,
        boolean active,
        Integer periodType,
        String periodTypeLabel,
        BigDecimal unitPrice,
        BigDecimal unitCost) {

    /**
     * The drop-down label: the name, then the unit price and the period, e.g.
     * {@code "Kaspersky EDR Workstation (4.50 / Monthly)"}. Prices show at least two decimals.
     */
    public String label() {
        List<String> details = new ArrayList<>();
        if (unitPrice != null) {
            details.add(money(unitPrice));
        }
        if (periodTypeLabel != null && !periodTypeLabel.isBlank()) {
            details.add(periodTypeLabel);
        }
        String base = name == null ? "Service " + id : name;
        return details.isEmpty() ? base : base + " (" + String.join(" / ", details) + ")";
    }

    private static String money(BigDecimal amount) {
        int scale = Math.max(2, amount.stripTrailingZeros().scale());
        return amount.setScale(scale, RoundingMode.UNNECESSARY).toPlainString();
    }
}
