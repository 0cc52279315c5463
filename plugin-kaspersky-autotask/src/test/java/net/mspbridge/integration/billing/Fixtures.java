package net.mspbridge.integration.billing;

import java.time.LocalDate;
import java.util.List;

import net.mspbridge.api.settings.SettingsValues;
import net.mspbridge.api.settings.TableValue;
import net.mspbridge.integration.kaspersky.ApplicationCatalog;
import net.mspbridge.integration.kaspersky.DeviceCategory;
import net.mspbridge.integration.kaspersky.Licensing;
import net.mspbridge.integration.kaspersky.SecurityApplication;
import net.mspbridge.integration.kaspersky.Solution;
import net.mspbridge.integration.settings.SettingsKeys;

/** The applications, dates and settings billing tests share. */
final class Fixtures {

    static final SecurityApplication KES = app("kes-windows", "Kaspersky Endpoint Security for Windows", Licensing.PER_DEVICE);
    static final SecurityApplication MAC = app("kes-mac", "Kaspersky Endpoint Security for Mac", Licensing.PER_DEVICE);
    static final SecurityApplication KSWS = app("ksws", "Kaspersky Security for Windows Server", Licensing.PER_DEVICE);
    static final SecurityApplication CLOUD = app("kes-cloud-plus", "Kaspersky Endpoint Security Cloud Plus", Licensing.PER_USER);
    /** An application of the other solution, Business Hub: the settings chosen in these tests are Security Center's. */
    static final SecurityApplication HUB_ONLY = new SecurityApplication("kes-cloud-pro", "Kaspersky Endpoint Security Cloud Pro",
            Solution.BUSINESS_HUB, Licensing.PER_USER, List.of(), List.of());
    static final ApplicationCatalog CATALOG = new ApplicationCatalog(List.of(KES, MAC, KSWS, CLOUD, HUB_ONLY));

    static final LocalDate YEAR_START = LocalDate.of(2025, 1, 1);
    static final LocalDate YEAR_END = LocalDate.of(2025, 12, 31);
    /** The effective date most tests bill on. */
    static final LocalDate MARCH = LocalDate.of(2025, 3, 1);

    private Fixtures() {
    }

    private static SecurityApplication app(String id, String name, Licensing licensing) {
        return new SecurityApplication(id, name, Solution.SECURITY_CENTER, licensing, List.of(), List.of());
    }

    /** Builds stored settings as the host would hand them over. Immutable: every method returns a copy. */
    record Settings(boolean byCategory, TableValue services, TableValue companies, boolean zeroStale, String budgetShare,
                    String holdDrops) {

        static Settings none() {
            return new Settings(false, TableValue.empty(), TableValue.empty(), false, "", "");
        }

        Settings byCategory(boolean on) {
            return new Settings(on, services, companies, zeroStale, budgetShare, holdDrops);
        }

        /** The application's single service (used with "Bill devices by category" off, and always per user). */
        Settings service(SecurityApplication application, long serviceId) {
            return new Settings(byCategory, services.with(application.id(), SettingsKeys.SERVICE_COLUMN, Long.toString(serviceId)),
                    companies, zeroStale, budgetShare, holdDrops);
        }

        Settings service(SecurityApplication application, DeviceCategory category, long serviceId) {
            return new Settings(byCategory, services.with(application.id(), category.key(), Long.toString(serviceId)),
                    companies, zeroStale, budgetShare, holdDrops);
        }

        Settings clearService(SecurityApplication application) {
            return new Settings(byCategory, services.with(application.id(), SettingsKeys.SERVICE_COLUMN, ""),
                    companies, zeroStale, budgetShare, holdDrops);
        }

        Settings customer(String customerId, long companyId, long contractId, boolean billing) {
            TableValue rows = companies.with(customerId, SettingsKeys.COMPANY_COLUMN, Long.toString(companyId))
                    .with(customerId, SettingsKeys.CONTRACT_COLUMN, Long.toString(contractId))
                    .with(customerId, SettingsKeys.BILLING_COLUMN, Boolean.toString(billing));
            return new Settings(byCategory, services, rows, zeroStale, budgetShare, holdDrops);
        }

        Settings customerWithoutContract(String customerId, long companyId) {
            TableValue rows = companies.with(customerId, SettingsKeys.COMPANY_COLUMN, Long.toString(companyId))
                    .with(customerId, SettingsKeys.BILLING_COLUMN, "true");
            return new Settings(byCategory, services, rows, zeroStale, budgetShare, holdDrops);
        }

        Settings zeroStale(boolean on) {
            return new Settings(byCategory, services, companies, on, budgetShare, holdDrops);
        }

        Settings budgetShare(String share) {
            return new Settings(byCategory, services, companies, zeroStale, share, holdDrops);
        }

        /** Holding sudden drops, stored on or off; not stored (on) unless set. */
        Settings holdDrops(boolean on) {
            return new Settings(byCategory, services, companies, zeroStale, budgetShare, Boolean.toString(on));
        }

        SettingsValues values() {
            SettingsValues values = SettingsValues.empty()
                    .with(SettingsKeys.KASPERSKY_SOLUTION, Solution.SECURITY_CENTER.id())
                    .with(SettingsKeys.BILL_BY_CATEGORY, Boolean.toString(byCategory))
                    .with(SettingsKeys.ZERO_STALE_UNITS, Boolean.toString(zeroStale))
                    .withTable(SettingsKeys.SERVICES, services)
                    .withTable(SettingsKeys.COMPANIES, companies);
            values = holdDrops.isEmpty() ? values : values.with(SettingsKeys.HOLD_DROPS, holdDrops);
            return budgetShare.isEmpty() ? values : values.with(SettingsKeys.API_BUDGET_SHARE, budgetShare);
        }
    }
}
