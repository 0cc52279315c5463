package net.mspbridge.host.sandbox.autotask;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import net.mspbridge.api.host.Secret;

/** A small Autotask data set with known ids, and the credentials tests use. */
final class TestSeed {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
    static final Clock CLOCK = Clock.fixed(TODAY.atTime(9, 30).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    static final AutotaskCredentials CREDENTIALS =
            new AutotaskCredentials("api-user@msp.example", Secret.of("s3cr3t-value-xyz"), "INTEGRATION-CODE-1");

    static final long CONTOSO = 100;
    static final long FABRIKAM = 101;
    static final long EDR = 3001;
    static final long BACKUP = 3002;
    static final long LEGACY = 3003;
    static final long SERVER = 3004;
    static final long RECURRING = 5001;
    static final long INACTIVE = 5002;
    static final long TIME_AND_MATERIALS = 5003;
    static final long CS_EDR = 40001;
    static final long CS_BACKUP = 40002;
    static final LocalDate START = LocalDate.of(2026, 1, 1);
    static final LocalDate END = LocalDate.of(2026, 12, 31);

    private TestSeed() {
    }

    /** 3 named companies plus {@code extraCompanies} numbered ones (ids 1000 up). */
    static AutotaskData data(int extraCompanies) {
        List<AtCompany> companies = new ArrayList<>();
        companies.add(new AtCompany(0, "Northwind MSP", "0", PicklistValues.COMPANY_TYPE_OWN, true, "555-0100", "Seattle", null, START));
        companies.add(new AtCompany(CONTOSO, "Contoso Ltd.", "C-100", PicklistValues.COMPANY_TYPE_CUSTOMER, true, "555-0101", "Leeds", "contoso.example", START));
        companies.add(new AtCompany(FABRIKAM, "Fabrikam, Inc.", "C-101", PicklistValues.COMPANY_TYPE_CUSTOMER, true, "555-0102", "Austin", null, START)
                .inCurrency(AtCurrency.EUR));
        for (int i = 0; i < extraCompanies; i++) {
            companies.add(new AtCompany(1000 + i, "Customer " + i, "X-" + i, PicklistValues.COMPANY_TYPE_CUSTOMER, i % 2 == 0, "555-1" + i, "Town", null, START));
        }
        List<AtService> services = List.of(
                new AtService(EDR, "Kaspersky EDR Workstation", "EDR per workstation", "EDR workstation", true, PicklistValues.PERIOD_MONTHLY,
                        new BigDecimal("4.50"), new BigDecimal("2.10"), null, "KES-WS"),
                new AtService(BACKUP, "Backup 500 GB", "Cloud backup", "Backup", true, PicklistValues.PERIOD_MONTHLY,
                        new BigDecimal("25.00"), new BigDecimal("11.00"), null, null),
                new AtService(LEGACY, "Legacy AV (retired)", null, null, false, PicklistValues.PERIOD_YEARLY,
                        new BigDecimal("20.00"), new BigDecimal("5.00"), null, null),
                new AtService(SERVER, "Kaspersky EDR Server", null, "EDR server", true, PicklistValues.PERIOD_MONTHLY,
                        new BigDecimal("12.00"), new BigDecimal("6.00"), null, null));
        List<AtContract> contracts = List.of(
                new AtContract(RECURRING, CONTOSO, "Contoso - Managed Security", "MS-1", PicklistValues.CONTRACT_TYPE_RECURRING_SERVICE,
                        PicklistValues.STATUS_ACTIVE, START, END, PicklistValues.CONTRACT_PERIOD_MONTHLY, true),
                new AtContract(INACTIVE, FABRIKAM, "Fabrikam - Managed Security", "MS-2", PicklistValues.CONTRACT_TYPE_RECURRING_SERVICE,
                        PicklistValues.STATUS_INACTIVE, START, END, PicklistValues.CONTRACT_PERIOD_MONTHLY, true),
                new AtContract(TIME_AND_MATERIALS, CONTOSO, "Contoso - Project hours", "TM-1", PicklistValues.CONTRACT_TYPE_TIME_AND_MATERIALS,
                        PicklistValues.STATUS_ACTIVE, START, END, PicklistValues.CONTRACT_PERIOD_MONTHLY, false));
        List<AtContractService> cs = List.of(
                new AtContractService(CS_EDR, RECURRING, EDR, new BigDecimal("4.50"), new BigDecimal("2.10"), "EDR workstation"),
                new AtContractService(CS_BACKUP, RECURRING, BACKUP, new BigDecimal("25.00"), new BigDecimal("11.00"), "Backup"));
        List<AtUnitChange> units = List.of(
                new AtUnitChange(CS_EDR, START, 10, null),
                new AtUnitChange(CS_BACKUP, START, 5, null));
        return AutotaskData.seed(companies, services, contracts, cs, units);
    }

    static AutotaskSandbox start(int extraCompanies) {
        return AutotaskSandbox.start(AutotaskSandboxConfig.of(data(extraCompanies), CREDENTIALS).withClock(CLOCK));
    }
}
