package net.mspbridge.integration.billing;

import java.util.HashMap;
import java.util.Map;

import net.mspbridge.api.billing.Ref;

/**
 * The currency each company's contracts are billed in, as a report line gives it: the code of the
 * company's Autotask currency. A company Autotask gives no currency for, or whose currency could not
 * be read, has none: its lines say so (an empty code) rather than guess. Immutable.
 */
final class CompanyCurrencies {

    static final CompanyCurrencies NONE = new CompanyCurrencies(Map.of());

    /** Keyed by the company's id as its report {@link Ref} spells it. */
    private final Map<String, String> codeByCompany;

    private CompanyCurrencies(Map<String, String> codeByCompany) {
        this.codeByCompany = Map.copyOf(codeByCompany);
    }

    /** @param codeByCompanyId each company's currency code, by company id; companies without one are absent */
    static CompanyCurrencies of(Map<Long, String> codeByCompanyId) {
        Map<String, String> byRef = new HashMap<>();
        codeByCompanyId.forEach((id, code) -> byRef.put(Long.toString(id), code));
        return new CompanyCurrencies(byRef);
    }

    /** The currency code of the company's contracts; empty when not known. */
    String of(Ref company) {
        return codeByCompany.getOrDefault(company.id(), "");
    }
}
