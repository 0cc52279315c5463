package net.mspbridge.integration.mapping;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import net.mspbridge.api.HostContext;
import net.mspbridge.api.settings.FieldPath;
import net.mspbridge.api.settings.TableValue;
import net.mspbridge.api.settings.ValidationResult;
import net.mspbridge.integration.settings.ConnectionRules;
import net.mspbridge.integration.settings.SettingsKeys;

/**
 * Checks a proposed Companies mapping: each row's own rules, rows that would collide (one customer
 * in two rows, one contract under two companies; several customers on one contract are allowed and
 * billed the sum of their usage), then every chosen company and contract against Autotask (one batched read of each) and the
 * host's today. A message names its customer as the panel shows it, "AdventureWorks (15)"
 * ({@link CustomerNames}: Kaspersky is asked for its customers only when some message needs them, and
 * a customer it cannot name is "Kaspersky customer 15"); the host shows each message beside its row.
 */
final class CompaniesValidator {

    private static final Set<String> COLUMNS =
            Set.of(SettingsKeys.COMPANY_COLUMN, SettingsKeys.BILLING_COLUMN, SettingsKeys.CONTRACT_COLUMN);

    /** The Companies table of the solution chosen now. */
    private final String key;
    private final CustomerNames names;

    private CompaniesValidator(String key, CustomerNames names) {
        this.key = key;
        this.names = names;
    }

    /** @param names how messages name a row's customer; read from Kaspersky only if some message needs it */
    static ValidationResult validate(HostContext context, SettingsPorts ports, CustomerNames names) {
        return new CompaniesValidator(SettingsKeys.companies(ConnectionRules.solution(context.settings())), names)
                .check(context, ports);
    }

    private ValidationResult check(HostContext context, SettingsPorts ports) {
        TableValue table = context.settings().table(key);
        ValidationResult.Builder out = ValidationResult.builder();
        List<Row> rows = new ArrayList<>();
        for (String rowId : table.rowIds().stream().sorted().toList()) {
            checkRow(out, rowId, table.row(rowId)).ifPresent(rows::add);
        }
        Set<Long> companyIds = new LinkedHashSet<>();
        Set<Long> contractIds = new LinkedHashSet<>();
        for (Row row : rows) {
            row.company().ifPresent(companyIds::add);
            row.contract().ifPresent(contractIds::add);
        }
        if (companyIds.isEmpty() && contractIds.isEmpty()) {
            return out.build();
        }
        Optional<Found> found = AutotaskReads.read(out, context.secrets(), () -> {
            AutotaskDirectory directory = ports.autotaskDirectory(context);
            return new Found(companyIds.isEmpty() ? Map.of() : directory.companies(companyIds),
                    contractIds.isEmpty() ? Map.of() : directory.contracts(contractIds));
        });
        LocalDate today = LocalDate.now(context.clock());
        found.ifPresent(f -> rows.forEach(row -> checkAgainstAutotask(out, row, f, today)));
        checkCollisions(out, rows, found.isPresent());
        return out.build();
    }

    /** The row's own rules; the parsed row when its ids are numbers. */
    private Optional<Row> checkRow(ValidationResult.Builder out, String rowId, Map<String, String> cells) {
        cells.keySet().stream().filter(column -> !COLUMNS.contains(column)).sorted().forEach(column ->
                out.error(FieldPath.cell(key, rowId, column),
                        "{0} has no column \"{1}\": remove that value.", names.of(rowId), column));
        String companyText = cells.getOrDefault(SettingsKeys.COMPANY_COLUMN, "").trim();
        String contractText = cells.getOrDefault(SettingsKeys.CONTRACT_COLUMN, "").trim();
        String billingText = cells.getOrDefault(SettingsKeys.BILLING_COLUMN, "").trim();
        Optional<Boolean> billing = Toggles.parse(billingText);
        if (billing.isEmpty()) {
            out.error(path(rowId, SettingsKeys.BILLING_COLUMN),
                    "{0}: billing is on (\"true\") or off (\"false\"), not \"{1}\": switch it again.",
                    names.of(rowId), billingText);
        }
        Optional<Long> company = id(out, rowId, SettingsKeys.COMPANY_COLUMN, "company", companyText,
                ConnectionRules.companyId(companyText));
        Optional<Long> contract = id(out, rowId, SettingsKeys.CONTRACT_COLUMN, "contract", contractText,
                ConnectionRules.positiveLong(contractText));
        if (companyText.isEmpty() && !contractText.isEmpty()) {
            out.error(path(rowId, SettingsKeys.COMPANY_COLUMN), "{0}: a contract is chosen but no "
                    + "Autotask company: choose the company the contract belongs to.", names.of(rowId));
        } else if (billing.orElse(false) && companyText.isEmpty()) {
            out.error(path(rowId, SettingsKeys.COMPANY_COLUMN), "{0}: billing is on but no Autotask "
                    + "company is chosen: choose the company, or switch billing off.", names.of(rowId));
        }
        if (billing.orElse(false) && contractText.isEmpty()) {
            out.error(path(rowId, SettingsKeys.CONTRACT_COLUMN), "{0}: billing is on but no contract "
                    + "is chosen: choose the company's Recurring Service contract, or switch billing off.", names.of(rowId));
        }
        boolean idsValid = (companyText.isEmpty() || company.isPresent()) && (contractText.isEmpty() || contract.isPresent());
        return idsValid ? Optional.of(new Row(rowId, company, contract)) : Optional.empty();
    }

    private Optional<Long> id(ValidationResult.Builder out, String rowId, String column, String what, String text,
            Optional<Long> id) {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (id.isEmpty()) {
            out.error(path(rowId, column), "{0}: \"{1}\" is not an Autotask {2} id: choose the {2} "
                    + "again.", names.of(rowId), text, what);
        }
        return id;
    }

    private void checkAgainstAutotask(ValidationResult.Builder out, Row row, Found found, LocalDate today) {
        Optional<AutotaskDirectory.Company> company = row.company().map(found.companies()::get);
        if (row.company().isPresent()) {
            FieldPath path = path(row.id(), SettingsKeys.COMPANY_COLUMN);
            if (company.isEmpty()) {
                out.error(path, "{0}: Autotask has no company with id {1}: choose another company.",
                        names.of(row.id()), Long.toString(row.company().get()));
            } else if (!company.get().active()) {
                out.error(path, "{0}: the Autotask company \"{1}\" is inactive: choose an active "
                        + "company.", names.of(row.id()), company.get().name());
            }
        }
        if (row.contract().isEmpty()) {
            return;
        }
        FieldPath path = path(row.id(), SettingsKeys.CONTRACT_COLUMN);
        AutotaskDirectory.Contract contract = found.contracts().get(row.contract().get());
        if (contract == null) {
            out.error(path, "{0}: Autotask has no contract with id {1}: choose another contract.",
                    names.of(row.id()), Long.toString(row.contract().get()));
            return;
        }
        if (row.company().isPresent() && contract.companyId() != row.company().get()) {
            out.error(path, "{0}: contract \"{1}\" belongs to another Autotask company, not to {2}: "
                    + "choose one of that company's contracts.", names.of(row.id()), contract.name(),
                    company.map(c -> "\"" + c.name() + "\"").orElse("company " + row.company().get()));
        }
        if (!contract.recurringService()) {
            out.error(path, "{0}: contract \"{1}\" is a {2} contract, and usage can only be billed to "
                    + "a Recurring Service contract: choose one.", names.of(row.id()), contract.name(), contract.typeLabel());
        }
        if (!contract.active()) {
            out.error(path, "{0}: contract \"{1}\" is inactive: choose an active contract, or "
                    + "activate it in Autotask.", names.of(row.id()), contract.name());
        }
        if (!contract.inForceOn(today)) {
            out.error(path, "{0}: contract \"{1}\" runs {2}, which does not include today ({3}): "
                    + "choose a contract in force today, or change its dates in Autotask.", names.of(row.id()), contract.name(),
                    contract.period(), today.toString());
        }
    }

    /**
     * The rows that collide. Several customers on one contract are fine: a run bills each
     * contract service the sum of its customers' usage, each customer counted once, so nothing is
     * billed twice. What does collide:
     * <ul>
     *   <li>one Kaspersky customer in two rows, ids that differ only in case or surrounding spaces
     *       (a usage source or host may match ids so): its devices would be counted in both rows,
     *       on two contracts or twice on one;</li>
     *   <li>one contract under two Autotask companies: a contract belongs to one company, so all but
     *       one of those rows are wrong. When Autotask was read, each wrong row has its own error
     *       already ("belongs to another Autotask company"); this one says it when Autotask could
     *       not be read.</li>
     * </ul>
     * Only rows with a company chosen count: a row without one bills nothing.
     */
    private void checkCollisions(ValidationResult.Builder out, List<Row> rows, boolean autotaskRead) {
        Map<String, List<String>> byCustomer = new LinkedHashMap<>();
        for (Row row : rows) {
            if (row.company().isEmpty()) {
                continue;
            }
            byCustomer.computeIfAbsent(row.id().strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(row.id());
        }
        byCustomer.values().stream().filter(ids -> ids.size() > 1).forEach(ids -> ids.forEach(id ->
                out.error(path(id, SettingsKeys.COMPANY_COLUMN), "Rows {0} name one Kaspersky customer: its usage would "
                        + "be billed once per row, so twice or more. Keep one of these rows and remove the others.",
                        ids.stream().map(i -> "\"" + i + "\"").collect(Collectors.joining(", ")))));
        Map<Long, List<Row>> byContract = new LinkedHashMap<>();
        for (Row row : rows) {
            row.contract().ifPresent(id -> byContract.computeIfAbsent(id, k -> new ArrayList<>()).add(row));
        }
        byContract.forEach((contractId, sharing) -> {
            Set<Long> companies = new LinkedHashSet<>();
            sharing.forEach(row -> row.company().ifPresent(companies::add));
            if (companies.size() < 2 || autotaskRead) {
                return;
            }
            String named = sharing.stream().map(row -> names.of(row.id()) + " under company "
                    + row.company().map(String::valueOf).orElse("none")).collect(Collectors.joining(", "));
            for (Row row : sharing) {
                out.error(path(row.id(), SettingsKeys.CONTRACT_COLUMN), "{0} are mapped to contract "
                        + "{1} under different Autotask companies, but a contract belongs to one company: choose each "
                        + "customer's own company and one of its contracts.", named, Long.toString(contractId));
            }
        });
    }

    private FieldPath path(String rowId, String column) {
        return FieldPath.cell(key, rowId, column);
    }

    private record Row(String id, Optional<Long> company, Optional<Long> contract) {
    }

    private record Found(Map<Long, AutotaskDirectory.Company> companies, Map<Long, AutotaskDirectory.Contract> contracts) {
    }
}
