package net.mspbridge.integration.billing;

import java.util.Objects;

import net.mspbridge.api.ConfigurationException;
import net.mspbridge.api.settings.SettingsValues;
import net.mspbridge.integration.kaspersky.Solution;
import net.mspbridge.integration.settings.CompanyMappings;
import net.mspbridge.integration.settings.DropOptions;
import net.mspbridge.integration.settings.KasperskySettings;
import net.mspbridge.integration.settings.ServiceMappings;
import net.mspbridge.integration.settings.SettingsKeys;

/**
 * The settings a billing run reads, checked before anything else is done.
 *
 * @param solution           the Kaspersky solution chosen: a run bills its applications only
 * @param services           the Services mapping
 * @param companies          the Companies mapping (the chosen solution's)
 * @param zeroStaleUnits     {@link SettingsKeys#ZERO_STALE_UNITS}, off unless set
 * @param budgetSharePercent {@link SettingsKeys#API_BUDGET_SHARE}, {@value #DEFAULT_BUDGET_SHARE} unless set
 * @param drops              when a decrease is held until a person confirms it
 */
record RunSettings(Solution solution, ServiceMappings services, CompanyMappings companies, boolean zeroStaleUnits,
                   int budgetSharePercent, DropRule drops) {

    static final int DEFAULT_BUDGET_SHARE = 50;

    RunSettings {
        Objects.requireNonNull(solution, "solution");
        Objects.requireNonNull(services, "services");
        Objects.requireNonNull(companies, "companies");
        Objects.requireNonNull(drops, "drops");
    }

    /**
     * @throws ConfigurationException when no solution is chosen, no customer is mapped to a company,
     *                                or a value is not what its setting takes; the message names the setting
     */
    static RunSettings read(SettingsValues settings) {
        ServiceMappings services = ServiceMappings.read(settings);
        CompanyMappings companies = CompanyMappings.read(settings);
        if (companies.byCustomer().isEmpty()) {
            throw new ConfigurationException("No Kaspersky customer is mapped to an Autotask company yet: map at least "
                    + "one on the Companies panel, choose its contract and turn its Billing on.");
        }
        Solution solution = KasperskySettings.solution(settings);
        return new RunSettings(solution, services, companies, settings.toggle(SettingsKeys.ZERO_STALE_UNITS),
                budgetShare(settings), dropRule(DropOptions.read(settings)));
    }

    private static DropRule dropRule(DropOptions options) {
        return new DropRule(options.hold(), options.sharePercent(), options.zeroFrom());
    }

    private static int budgetShare(SettingsValues settings) {
        String value = settings.text(SettingsKeys.API_BUDGET_SHARE).strip();
        if (value.isEmpty()) {
            return DEFAULT_BUDGET_SHARE;
        }
        try {
            int share = Integer.parseInt(value);
            if (share >= 1 && share <= 100) {
                return share;
            }
        } catch (NumberFormatException e) {
            // Reported below with the same message as an out-of-range number.
        }
        throw new ConfigurationException("The API budget share (" + SettingsKeys.API_BUDGET_SHARE + ") is '" + value
                + "': give a whole percentage from 1 to 100 of the hourly Autotask API budget billing may use.");
    }
}
