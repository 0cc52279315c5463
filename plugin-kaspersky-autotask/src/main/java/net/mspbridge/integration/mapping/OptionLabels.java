package net.mspbridge.integration.mapping;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import net.mspbridge.api.settings.Option;

/**
 * How Autotask entities read in a drop-down. Prices are shown as plain numbers with at least two
 * decimals and no currency, since the database's currency is not known here, and never with
 * locale grouping, so every host shows the same text.
 */
final class OptionLabels {

    private OptionLabels() {
    }

    /** "Name (4.50 / Monthly)"; the parts Autotask has no value for are left out. */
    static Option service(AutotaskDirectory.Service service) {
        List<String> details = new ArrayList<>(2);
        service.unitPrice().ifPresent(price -> details.add(price(price)));
        if (!service.periodLabel().isBlank()) {
            details.add(service.periodLabel());
        }
        String label = details.isEmpty() ? service.name() : service.name() + " (" + String.join(" / ", details) + ")";
        return Option.of(Long.toString(service.id()), label);
    }

    static Option company(AutotaskDirectory.Company company) {
        return Option.of(Long.toString(company.id()), company.name());
    }

    /** "Name (from 2026-01-01 to 2026-12-31)", with the contract type as the hint. */
    static Option contract(AutotaskDirectory.Contract contract) {
        return new Option(Long.toString(contract.id()), contract.name() + " (" + contract.period() + ")",
                contract.typeLabel());
    }

    static String price(BigDecimal price) {
        BigDecimal plain = price.stripTrailingZeros();
        return price.setScale(Math.max(2, plain.scale())).toPlainString();
    }
}
