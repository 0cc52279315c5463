package net.mspbridge.host.sandbox.seed;

import static net.mspbridge.host.sandbox.autotask.PicklistValues.COMPANY_TYPE_CUSTOMER;
import static net.mspbridge.host.sandbox.autotask.PicklistValues.COMPANY_TYPE_OWN;
import static net.mspbridge.host.sandbox.autotask.PicklistValues.COMPANY_TYPE_PROSPECT;
import static net.mspbridge.host.sandbox.autotask.PicklistValues.COMPANY_TYPE_VENDOR;
import static net.mspbridge.host.sandbox.autotask.PicklistValues.CONTRACT_PERIOD_MONTHLY;
import static net.mspbridge.host.sandbox.autotask.PicklistValues.CONTRACT_TYPE_RECURRING_SERVICE;
import static net.mspbridge.host.sandbox.autotask.PicklistValues.CONTRACT_TYPE_TIME_AND_MATERIALS;
import static net.mspbridge.host.sandbox.autotask.PicklistValues.PERIOD_MONTHLY;
import static net.mspbridge.host.sandbox.autotask.PicklistValues.PERIOD_YEARLY;
import static net.mspbridge.host.sandbox.autotask.PicklistValues.STATUS_ACTIVE;
import static net.mspbridge.host.sandbox.autotask.PicklistValues.STATUS_INACTIVE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.mspbridge.host.sandbox.autotask.AtCompany;
import net.mspbridge.host.sandbox.autotask.AtCurrency;
import net.mspbridge.host.sandbox.autotask.AtContract;
import net.mspbridge.host.sandbox.autotask.AtContractService;
import net.mspbridge.host.sandbox.autotask.AtService;
import net.mspbridge.host.sandbox.autotask.AtUnitChange;
import net.mspbridge.host.sandbox.autotask.AutotaskData;
import net.mspbridge.host.sandbox.seed.DemoHosts.Kind;
import net.mspbridge.host.sandbox.ksc.KscData;
import net.mspbridge.host.sandbox.ksc.KscDevice;
import net.mspbridge.host.sandbox.ksc.LicenseKey;
import net.mspbridge.host.sandbox.ksc.VServer;

/**
 * The demo data the host starts with on a fresh machine: an MSP with seven Kaspersky customers and
 * their Autotask side, dated around the day it is seeded. What it shows:
 * <ul>
 * <li>Contoso (KSC "Contoso" / Autotask "Contoso Ltd."): workstations, servers with KES and with
 *     Windows Server protection, Linux servers, a Mac; an unrelated "Backup 500 GB" service on its
 *     contract that billing must never touch; a second, Time and Materials contract.</li>
 * <li>Fabrikam: a subscription key, Macs, an Android phone, a workstation on a trial key and a host
 *     with only the Network Agent (neither billed).</li>
 * <li>Northwind Traders: Kaspersky services not yet on its contract (billing adds them); two hosts on an
 *     expired key (not billed).</li>
 * <li>Adventure Works: its contract has ended. Litware: its contract is inactive. Tailspin Toys: no
 *     contract at all. Woodgrove Bank: a KSC customer with no Autotask company.</li>
 * </ul>
 * Ids are fixed, so the {@link DemoMapping} is the same whenever it is built.
 */
public final class DemoData {

    public static final long OWN_COMPANY = 0;
    public static final long CONTOSO = 174;
    public static final long FABRIKAM = 175;
    public static final long NORTHWIND = 176;
    public static final long ADVENTURE_WORKS = 177;
    public static final long LITWARE = 178;
    public static final long TAILSPIN = 179;
    public static final long KASPERSKY_VENDOR = 180;
    public static final long WIDE_WORLD = 181;

    public static final long EDR_WORKSTATION = 29682801;
    public static final long EDR_SERVER = 29682802;
    public static final long MAC_LINUX = 29682803;
    public static final long CLOUD_PLUS_PER_USER = 29682804;
    public static final long MOBILE = 29682805;
    public static final long BACKUP_500GB = 29682806;
    public static final long EDR_WORKSTATION_ANNUAL = 29682807;
    public static final long LEGACY_AV = 29682808;

    public static final long CONTOSO_CONTRACT = 29684101;
    public static final long FABRIKAM_CONTRACT = 29684102;
    public static final long NORTHWIND_CONTRACT = 29684103;
    public static final long ADVENTURE_WORKS_CONTRACT = 29684104;
    public static final long LITWARE_CONTRACT = 29684105;
    public static final long CONTOSO_PROJECT_CONTRACT = 29684106;

    public static final long VS_CONTOSO = 12;
    public static final long VS_FABRIKAM = 13;
    public static final long VS_NORTHWIND = 14;
    public static final long VS_ADVENTURE_WORKS = 15;
    public static final long VS_TAILSPIN = 16;
    public static final long VS_WOODGROVE = 17;
    public static final long VS_LITWARE = 18;

    private static final int GROUP = 7;

    private DemoData() {
    }

    /** The demo data, dated around {@code today}. */
    public static SandboxSeed build(LocalDate today) {
        return new SandboxSeed(autotask(today), ksc(today), mapping());
    }

    static AutotaskData autotask(LocalDate today) {
        LocalDate thisMonth = today.withDayOfMonth(1);
        LocalDate m0 = thisMonth.minusMonths(6);
        LocalDate created = m0.minusYears(2);
        List<AtCompany> companies = List.of(
                new AtCompany(OWN_COMPANY, "Bluewave IT Services", "0", COMPANY_TYPE_OWN, true, "+44 20 7946 0000", "London", "bluewave-it.example", created),
                new AtCompany(CONTOSO, "Contoso Ltd.", "10174", COMPANY_TYPE_CUSTOMER, true, "+44 113 496 0174", "Leeds", "contoso.example", created),
                new AtCompany(FABRIKAM, "Fabrikam, Inc.", "10175", COMPANY_TYPE_CUSTOMER, true, "+1 512 555 0175", "Austin", "fabrikam.example", created),
                // A German customer invoiced in euros: its amounts must never be added to the dollars.
                new AtCompany(NORTHWIND, "Northwind Traders GmbH", "10176", COMPANY_TYPE_CUSTOMER, true, "+49 30 5550 176", "Berlin", "northwind.example", created).inCurrency(AtCurrency.EUR),
                new AtCompany(ADVENTURE_WORKS, "Adventure Works Cycles", "10177", COMPANY_TYPE_CUSTOMER, true, "+1 425 555 0177", "Bothell", null, created),
                new AtCompany(LITWARE, "Litware, Inc.", "10178", COMPANY_TYPE_CUSTOMER, true, "+1 206 555 0178", "Redmond", null, created),
                new AtCompany(TAILSPIN, "Tailspin Toys", "10179", COMPANY_TYPE_CUSTOMER, true, "+44 161 496 0179", "Manchester", "tailspintoys.example", created),
                new AtCompany(KASPERSKY_VENDOR, "Kaspersky (distributor)", "V-180", COMPANY_TYPE_VENDOR, true, "+44 20 7946 0180", "London", null, created),
                new AtCompany(WIDE_WORLD, "Wide World Importers", "P-181", COMPANY_TYPE_PROSPECT, false, "+1 312 555 0181", "Chicago", null, created));
        List<AtService> services = List.of(
                service(EDR_WORKSTATION, "Kaspersky EDR Workstation", "Kaspersky endpoint protection and EDR, per Windows workstation", "4.50", "2.10", PERIOD_MONTHLY, true),
                service(EDR_SERVER, "Kaspersky EDR Server", "Kaspersky protection and EDR, per Windows server", "12.00", "5.60", PERIOD_MONTHLY, true),
                service(MAC_LINUX, "Kaspersky Mac/Linux", "Kaspersky protection, per Mac or Linux device", "5.00", "2.40", PERIOD_MONTHLY, true),
                service(CLOUD_PLUS_PER_USER, "Kaspersky Cloud Plus per user", "Kaspersky Endpoint Security Cloud Plus, per user", "3.20", "1.50", PERIOD_MONTHLY, true),
                service(MOBILE, "Kaspersky Mobile", "Kaspersky protection, per mobile device", "1.50", "0.60", PERIOD_MONTHLY, true),
                new AtService(BACKUP_500GB, "Backup 500 GB", "Cloud backup, 500 GB per unit", "Backup 500 GB", true, PERIOD_MONTHLY,
                        new BigDecimal("25.00"), new BigDecimal("11.00"), null, "BK-500"),
                service(EDR_WORKSTATION_ANNUAL, "Kaspersky EDR Workstation (annual)", "Kaspersky EDR per workstation, billed yearly", "48.00", "22.00", PERIOD_YEARLY, true),
                service(LEGACY_AV, "Legacy AV (retired)", "The antivirus we used before Kaspersky", "3.00", "1.00", PERIOD_MONTHLY, false));
        List<AtContract> contracts = List.of(
                recurring(CONTOSO_CONTRACT, CONTOSO, "Contoso Ltd. - Managed Security", m0, m0.plusYears(2).minusDays(1), STATUS_ACTIVE),
                recurring(FABRIKAM_CONTRACT, FABRIKAM, "Fabrikam - Managed Security", m0.minusMonths(3), m0.plusYears(3).minusDays(1), STATUS_ACTIVE),
                recurring(NORTHWIND_CONTRACT, NORTHWIND, "Northwind Traders - Security & Backup", m0, m0.plusYears(1).minusDays(1), STATUS_ACTIVE),
                recurring(ADVENTURE_WORKS_CONTRACT, ADVENTURE_WORKS, "Adventure Works - Managed Security", thisMonth.minusYears(2), thisMonth.minusDays(1), STATUS_ACTIVE),
                recurring(LITWARE_CONTRACT, LITWARE, "Litware - Managed Security", m0, m0.plusYears(2).minusDays(1), STATUS_INACTIVE),
                new AtContract(CONTOSO_PROJECT_CONTRACT, CONTOSO, "Contoso Ltd. - Project hours", "TM-" + CONTOSO_PROJECT_CONTRACT,
                        CONTRACT_TYPE_TIME_AND_MATERIALS, STATUS_ACTIVE, m0, m0.plusYears(1).minusDays(1), CONTRACT_PERIOD_MONTHLY, false));
        Map<Long, AtService> byId = new HashMap<>();
        services.forEach(s -> byId.put(s.id(), s));
        List<AtContractService> contractServices = new ArrayList<>();
        List<AtUnitChange> units = new ArrayList<>();
        long[][] setup = {
                {30001, CONTOSO_CONTRACT, EDR_WORKSTATION, 20},
                {30002, CONTOSO_CONTRACT, EDR_SERVER, 2},
                {30003, CONTOSO_CONTRACT, BACKUP_500GB, 6},
                {30004, FABRIKAM_CONTRACT, EDR_WORKSTATION, 8},
                {30005, FABRIKAM_CONTRACT, MAC_LINUX, 1},
                {30006, NORTHWIND_CONTRACT, BACKUP_500GB, 3},
                {30007, ADVENTURE_WORKS_CONTRACT, EDR_WORKSTATION, 5},
                {30008, LITWARE_CONTRACT, EDR_WORKSTATION, 12}};
        Map<Long, AtContract> contractById = new HashMap<>();
        contracts.forEach(c -> contractById.put(c.id(), c));
        for (long[] row : setup) {
            AtService service = byId.get(row[2]);
            contractServices.add(new AtContractService(row[0], row[1], row[2], service.unitPrice(), service.unitCost(), service.invoiceDescription()));
            units.add(new AtUnitChange(row[0], contractById.get(row[1]).startDate(), (int) row[3], null));
        }
        // Contoso took two more workstations in its third month: a change made by hand before billing was automated.
        units.add(new AtUnitChange(30001, m0.plusMonths(2).plusDays(9), 2, null));
        return AutotaskData.seed(companies, services, contracts, contractServices, units);
    }

    static KscData ksc(LocalDate today) {
        var nextYear = today.plusYears(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        var in2Years = today.plusYears(2).withDayOfMonth(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        var trialEnd = today.plusDays(20).atStartOfDay().toInstant(ZoneOffset.UTC);
        var expired = today.minusDays(40).atStartOfDay().toInstant(ZoneOffset.UTC);
        List<VServer> servers = List.of(
                new VServer(VS_CONTOSO, "Contoso", GROUP, true),
                new VServer(VS_FABRIKAM, "Fabrikam", GROUP, true),
                new VServer(VS_NORTHWIND, "Northwind Traders", GROUP, true),
                new VServer(VS_ADVENTURE_WORKS, "AdventureWorks", GROUP, true),
                new VServer(VS_TAILSPIN, "Tailspin", GROUP, true),
                new VServer(VS_WOODGROVE, "Woodgrove Bank", GROUP, true),
                new VServer(VS_LITWARE, "Litware", GROUP, true));
        Map<Long, List<KscDevice>> hosts = new HashMap<>();
        Map<Long, List<LicenseKey>> keys = new HashMap<>();

        keys.put(VS_CONTOSO, List.of(
                key("0C12-000A81-00004F21", LicenseKey.COMMERCIAL, nextYear, 30, "Kaspersky Endpoint Security for Windows", "KES"),
                key("0C12-000A81-00004F22", LicenseKey.COMMERCIAL, nextYear, 5, "Kaspersky Security for Windows Server", "WSEE"),
                key("0C12-000A81-00004F23", LicenseKey.SUBSCRIPTION, in2Years, 5, "Kaspersky Endpoint Security for Linux", "KESL"),
                key("0C12-000A81-00004F24", LicenseKey.COMMERCIAL, nextYear, 3, "Kaspersky Endpoint Security for Mac", "KESMAC")));
        List<KscDevice> contoso = new ArrayList<>();
        for (int i = 1; i <= 18; i++) {
            contoso.add(DemoHosts.host(VS_CONTOSO, GROUP, String.format("CONTOSO-WS%03d", i), i <= 12 ? Kind.WORKSTATION : Kind.OLD_WORKSTATION, true, "0C12-000A81-00004F21"));
        }
        contoso.add(DemoHosts.host(VS_CONTOSO, GROUP, "CONTOSO-DC01", Kind.SERVER, true, "0C12-000A81-00004F22"));
        contoso.add(DemoHosts.host(VS_CONTOSO, GROUP, "CONTOSO-FS01", Kind.SERVER, true, "0C12-000A81-00004F22"));
        contoso.add(DemoHosts.host(VS_CONTOSO, GROUP, "CONTOSO-APP01", Kind.SERVER_WITH_KES, true, "0C12-000A81-00004F21"));
        contoso.add(DemoHosts.host(VS_CONTOSO, GROUP, "contoso-web01", Kind.LINUX_SERVER, true, "0C12-000A81-00004F23"));
        contoso.add(DemoHosts.host(VS_CONTOSO, GROUP, "contoso-db01", Kind.RHEL_SERVER, true, "0C12-000A81-00004F23"));
        contoso.add(DemoHosts.host(VS_CONTOSO, GROUP, "Contoso-MacBook-Design", Kind.MAC, true, "0C12-000A81-00004F24"));
        hosts.put(VS_CONTOSO, contoso);

        keys.put(VS_FABRIKAM, List.of(
                key("0F13-0019C2-00007A10", LicenseKey.SUBSCRIPTION, in2Years, 15, "Kaspersky Endpoint Security for Windows", "KES"),
                key("0F13-0019C2-00007A11", LicenseKey.TRIAL, trialEnd, 5, "Kaspersky Endpoint Security for Windows", "KES"),
                key("0F13-0019C2-00007A12", LicenseKey.COMMERCIAL, nextYear, 2, "Kaspersky Security for Windows Server", "WSEE"),
                key("0F13-0019C2-00007A13", LicenseKey.COMMERCIAL, nextYear, 5, "Kaspersky Endpoint Security for Mac", "KESMAC"),
                key("0F13-0019C2-00007A14", LicenseKey.COMMERCIAL, nextYear, 5, "Kaspersky Endpoint Security for Mobile", "KESMOB")));
        List<KscDevice> fabrikam = new ArrayList<>();
        for (int i = 1; i <= 9; i++) {
            fabrikam.add(DemoHosts.host(VS_FABRIKAM, GROUP, String.format("FAB-LT-%02d", i), Kind.WORKSTATION, true, "0F13-0019C2-00007A10"));
        }
        fabrikam.add(DemoHosts.host(VS_FABRIKAM, GROUP, "FAB-SRV01", Kind.SERVER, true, "0F13-0019C2-00007A12"));
        for (int i = 1; i <= 3; i++) {
            fabrikam.add(DemoHosts.host(VS_FABRIKAM, GROUP, "Fabrikam-iMac-" + i, Kind.MAC, true, "0F13-0019C2-00007A13"));
        }
        fabrikam.add(DemoHosts.host(VS_FABRIKAM, GROUP, "Pixel-8-Sales", Kind.ANDROID, true, "0F13-0019C2-00007A14"));
        // On a trial key with the subscription in reserve: a reserve key never bills.
        fabrikam.add(DemoHosts.reserve(DemoHosts.host(VS_FABRIKAM, GROUP, "FAB-LT-TRIAL", Kind.WORKSTATION, true,
                "0F13-0019C2-00007A11"), "0F13-0019C2-00007A10"));
        fabrikam.add(DemoHosts.host(VS_FABRIKAM, GROUP, "FAB-KIOSK", Kind.OLD_WORKSTATION, false, null));
        hosts.put(VS_FABRIKAM, fabrikam);

        keys.put(VS_NORTHWIND, List.of(
                key("0E14-0033F0-00000B01", LicenseKey.COMMERCIAL, nextYear, 10, "Kaspersky Endpoint Security for Windows", "KES"),
                key("0E14-0033F0-00000B02", LicenseKey.COMMERCIAL, expired, 5, "Kaspersky Endpoint Security for Windows", "KES"),
                key("0E14-0033F0-00000B03", LicenseKey.COMMERCIAL, nextYear, 2, "Kaspersky Security for Windows Server", "WSEE"),
                key("0E14-0033F0-00000B04", LicenseKey.COMMERCIAL, nextYear, 2, "Kaspersky Endpoint Security for Linux", "KESL"),
                // Reported by the product on NWT-PC09 but never added to the virtual server: it does not bill.
                new LicenseKey("0E14-0033F0-00000B05", LicenseKey.COMMERCIAL, nextYear, 1,
                        "Kaspersky Endpoint Security for Windows", "KES", true, LicenseKey.STATE_ACTIVE, 0, null)));
        List<KscDevice> northwind = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            northwind.add(DemoHosts.host(VS_NORTHWIND, GROUP, String.format("NWT-PC%02d", i), Kind.WORKSTATION, true, "0E14-0033F0-00000B01"));
        }
        northwind.add(DemoHosts.host(VS_NORTHWIND, GROUP, "NWT-PC09", Kind.OLD_WORKSTATION, true, "0E14-0033F0-00000B05"));
        // On the commercial key, which has expired on this host although the key's own limit is next year.
        northwind.add(DemoHosts.expiringOnHost(DemoHosts.host(VS_NORTHWIND, GROUP, "NWT-PC10", Kind.OLD_WORKSTATION, true,
                "0E14-0033F0-00000B01"), expired));
        northwind.add(DemoHosts.host(VS_NORTHWIND, GROUP, "NWT-PC11", Kind.OLD_WORKSTATION, true, "0E14-0033F0-00000B02"));
        northwind.add(DemoHosts.host(VS_NORTHWIND, GROUP, "NWT-SQL01", Kind.SERVER, true, "0E14-0033F0-00000B03"));
        northwind.add(DemoHosts.host(VS_NORTHWIND, GROUP, "NWT-RDS01", Kind.SERVER, true, "0E14-0033F0-00000B03"));
        // Its product id in lower case, as real answers may carry it.
        northwind.add(DemoHosts.productIdAs(DemoHosts.host(VS_NORTHWIND, GROUP, "nwt-nas01", Kind.LINUX_SERVER, true,
                "0E14-0033F0-00000B04"), "kesl"));
        hosts.put(VS_NORTHWIND, northwind);

        simpleCustomer(VS_ADVENTURE_WORKS, "AW-WS", 5, "0A15-004411-00000C01", nextYear, hosts, keys);
        simpleCustomer(VS_TAILSPIN, "TSP-PC", 4, "0D16-0051A7-00000D01", nextYear, hosts, keys);
        simpleCustomer(VS_WOODGROVE, "WGB-TELLER", 3, "0B17-0062B8-00000E01", nextYear, hosts, keys);
        simpleCustomer(VS_LITWARE, "LIT-DEV", 6, "0118-0073C9-00000F01", nextYear, hosts, keys);
        return new KscData(servers, hosts, keys);
    }

    /** The mapping that fits: every customer to its company and contract; services by device category. */
    public static DemoMapping mapping() {
        List<CustomerLink> customers = List.of(
                new CustomerLink(String.valueOf(VS_CONTOSO), "Contoso", CONTOSO, "Contoso Ltd.", CONTOSO_CONTRACT,
                        "Contoso Ltd. - Managed Security", true, "workstations, servers, Linux and a Mac; its Backup 500 GB units are never touched"),
                new CustomerLink(String.valueOf(VS_FABRIKAM), "Fabrikam", FABRIKAM, "Fabrikam, Inc.", FABRIKAM_CONTRACT,
                        "Fabrikam - Managed Security", true, "subscription key; a trial-key laptop and a kiosk without Kaspersky are not billed"),
                new CustomerLink(String.valueOf(VS_NORTHWIND), "Northwind Traders", NORTHWIND, "Northwind Traders GmbH", NORTHWIND_CONTRACT,
                        "Northwind Traders - Security & Backup", true, "Kaspersky services are added by billing; two PCs on an expired key are not billed"),
                new CustomerLink(String.valueOf(VS_ADVENTURE_WORKS), "AdventureWorks", ADVENTURE_WORKS, "Adventure Works Cycles", ADVENTURE_WORKS_CONTRACT,
                        "Adventure Works - Managed Security", false, "its contract has ended: billing reports it and changes nothing"),
                new CustomerLink(String.valueOf(VS_LITWARE), "Litware", LITWARE, "Litware, Inc.", LITWARE_CONTRACT,
                        "Litware - Managed Security", false, "its contract is inactive: billing reports it and changes nothing"),
                new CustomerLink(String.valueOf(VS_TAILSPIN), "Tailspin", TAILSPIN, "Tailspin Toys", null, null, false,
                        "the company has no Recurring Service contract"),
                new CustomerLink(String.valueOf(VS_WOODGROVE), "Woodgrove Bank", null, null, null, null, false,
                        "a KSC customer with no Autotask company: its usage is unmapped"));
        List<ServiceLink> services = List.of(
                new ServiceLink("kes-windows", "windowsWorkstations", EDR_WORKSTATION, "Kaspersky EDR Workstation"),
                new ServiceLink("kes-windows", "windowsServers", EDR_SERVER, "Kaspersky EDR Server"),
                new ServiceLink("ksws", "windowsServers", EDR_SERVER, "Kaspersky EDR Server"),
                new ServiceLink("kes-linux", "nonWindows", MAC_LINUX, "Kaspersky Mac/Linux"),
                new ServiceLink("kes-mac", "nonWindows", MAC_LINUX, "Kaspersky Mac/Linux"),
                new ServiceLink("kes-mobile", "nonWindows", MOBILE, "Kaspersky Mobile"),
                new ServiceLink("kes-cloud-plus", null, CLOUD_PLUS_PER_USER, "Kaspersky Cloud Plus per user"));
        return new DemoMapping(customers, services, true);
    }

    private static void simpleCustomer(long vs, String prefix, int count, String serial, java.time.Instant limit,
                                       Map<Long, List<KscDevice>> hosts, Map<Long, List<LicenseKey>> keys) {
        keys.put(vs, List.of(key(serial, LicenseKey.COMMERCIAL, limit, count + 5, "Kaspersky Endpoint Security for Windows", "KES")));
        List<KscDevice> list = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            list.add(DemoHosts.host(vs, GROUP, String.format("%s%02d", prefix, i), Kind.WORKSTATION, true, serial));
        }
        hosts.put(vs, list);
    }

    private static LicenseKey key(String serial, int type, java.time.Instant limit, int count, String product, String productId) {
        return new LicenseKey(serial, type, limit, count, product, productId);
    }

    private static AtService service(long id, String name, String description, String price, String cost, int period, boolean active) {
        return new AtService(id, name, description, name, active, period, new BigDecimal(price), new BigDecimal(cost), KASPERSKY_VENDOR, null);
    }

    private static AtContract recurring(long id, long company, String name, LocalDate start, LocalDate end, int status) {
        return new AtContract(id, company, name, "MS-" + id, CONTRACT_TYPE_RECURRING_SERVICE, status, start, end, CONTRACT_PERIOD_MONTHLY, true);
    }
}
