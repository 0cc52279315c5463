package net.mspbridge.integration.mapping;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import net.mspbridge.api.HostContext;
import net.mspbridge.api.settings.FieldPath;
import net.mspbridge.api.settings.TableValue;
import net.mspbridge.api.settings.ValidationResult;

/**
 * Checks a proposed Companies mapping: each row's own rules, no contract billed for two customers,
 * then every chosen company and contract against Autotask (one batched read of each) and the
 * host's today. Rows are named by customer id: validation reads no Kaspersky data, and the host
 * shows each message beside its row.
 */
final class CompaniesValidator {

    private static final Set<String> COLUMNS =
            Set.of(SettingsKeys.COMPANY_COLUMN, SettingsKeys.BILLING_COLUMN, SettingsKeys.CONTRACT_COLUMN);

    /** The Companies table of the solution chosen now. */
    private final String key;

    private CompaniesValidator(String key) {
        this.key = key;
    }

    static ValidationResult validate(HostContext context, SettingsPorts ports) {
        return new CompaniesValidator(SettingsKeys.companies(ConnectionRules.solution(context.settings())))
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
        checkContractsUsedOnce(out, rows, found.map(Found::contracts).orElse(Map.of()));
        return out.build();
    }

    /** The row's own rules; the parsed row when its ids are numbers. */
    private Optional<Row> checkRow(ValidationResult.Builder out, String rowId, Map<String, String> cells) {
        cells.keySet().stream().filter(column -> !COLUMNS.contains(column)).sorted().forEach(column ->
                out.error(FieldPath.cell(key, rowId, column),
                        "Kaspersky customer {0} has no column \"{1}\": remove that value.", rowId, column));
        String companyText = cells.getOrDefault(SettingsKeys.COMPANY_COLUMN, "").trim();
        String contractText = cells.getOrDefault(SettingsKeys.CONTRACT_COLUMN, "").trim();
        String billingText = cells.getOrDefault(SettingsKeys.BILLING_COLUMN, "").trim();
        Optional<Boolean> billing = Toggles.parse(billingText);
        if (billing.isEmpty()) {
            out.error(path(rowId, SettingsKeys.BILLING_COLUMN),
                    "Kaspersky customer {0}: billing is on (\"true\") or off (\"false\"), not \"{1}\": switch it again.",
                    rowId, billingText);
        }
        Optional<Long> company = id(out, rowId, SettingsKeys.COMPANY_COLUMN, "company", companyText);
        Optional<Long> contract = id(out, rowId, SettingsKeys.CONTRACT_COLUMN, "contract", contractText);
        if (companyText.isEmpty() && !contractText.isEmpty()) {
            out.error(path(rowId, SettingsKeys.COMPANY_COLUMN), "Kaspersky customer {0}: a contract is chosen but no "
                    + "Autotask company: choose the company the contract belongs to.", rowId);
        } else if (billing.orElse(false) && companyText.isEmpty()) {
            out.error(path(rowId, SettingsKeys.COMPANY_COLUMN), "Kaspersky customer {0}: billing is on but no Autotask "
                    + "company is chosen: choose the company, or switch billing off.", rowId);
        }
        if (billing.orElse(false) && contractText.isEmpty()) {
            out.error(path(rowId, SettingsKeys.CONTRACT_COLUMN), "Kaspersky customer {0}: billing is on but no contract "
                    + "is chosen: choose the company's Recurring Service contract, or switch billing off.", rowId);
        }
        boolean idsValid = (companyText.isEmpty() || company.isPresent()) && (contractText.isEmpty() || contract.isPresent());
        return idsValid ? Optional.of(new Row(rowId, company, contract)) : Optional.empty();
    }

    private Optional<Long> id(ValidationResult.Builder out, String rowId, String column, String what, String text) {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<Long> id = ConnectionRules.positiveLong(text);
        if (id.isEmpty()) {
            out.error(path(rowId, column), "Kaspersky customer {0}: \"{1}\" is not an Autotask {2} id: choose the {2} "
                    + "again.", rowId, text, what);
        }
        return id;
    }

    private void checkAgainstAutotask(ValidationResult.Builder out, Row row, Found found, LocalDate today) {
        Optional<AutotaskDirectory.Company> company = row.company().map(found.companies()::get);
        if (row.company().isPresent()) {
            FieldPath path = path(row.id(), SettingsKeys.COMPANY_COLUMN);
            if (company.isEmpty()) {
                out.error(path, "Kaspersky customer {0}: Autotask has no company with id {1}: choose another company.",
                        row.id(), Long.toString(row.company().get()));
            } else if (!company.get().active()) {
                out.error(path, "Kaspersky customer {0}: the Autotask company \"{1}\" is inactive: choose an active "
                        + "company.", row.id(), company.get().name());
            }
        }
        if (row.contract().isEmpty()) {
            return;
        }
        FieldPath path = path(row.id(), SettingsKeys.CONTRACT_COLUMN);
        AutotaskDirectory.Contract contract = found.contracts().get(row.contract().get());
        if (contract == null) {
            out.error(path, "Kaspersky customer {0}: Autotask has no contract with id {1}: choose another contract.",
                    row.id(), Long.toString(row.contract().get()));
            return;
        }
        if (row.company().isPresent() && contract.companyId() != row.company().get()) {
            out.error(path, "Kaspersky customer {0}: contract \"{1}\" belongs to another Autotask company, not to {2}: "
                    + "choose one of that company's contracts.", row.id(), contract.name(),
                    company.map(c -> "\"" + c.name() + "\"").orElse("company " + row.company().get()));
        }
        if (!contract.recurringService()) {
            out.error(path, "Kaspersky customer {0}: contract \"{1}\" is a {2} contract, and usage can only be billed to "
                    + "a Recurring Service contract: choose one.", row.id(), contract.name(), contract.typeLabel());
        }
        if (!contract.active()) {
            out.error(path, "Kaspersky customer {0}: contract \"{1}\" is inactive: choose an active contract, or "
                    + "activate it in Autotask.", row.id(), contract.name());
        }
        if (!contract.inForceOn(today)) {
            out.error(path, "Kaspersky customer {0}: contract \"{1}\" runs {2}, which does not include today ({3}): "
                    + "choose a contract in force today, or change its dates in Autotask.", row.id(), contract.name(),
                    contract.period(), today.toString());
        }
    }

    /** One contract, one Kaspersky customer: two customers on one contract would bill it twice. */
    private void checkContractsUsedOnce(ValidationResult.Builder out, List<Row> rows,
            Map<Long, AutotaskDirectory.Contract> contracts) {
        Map<Long, List<String>> customersByContract = new LinkedHashMap<>();
        for (Row row : rows) {
            row.contract().ifPresent(id -> customersByContract.computeIfAbsent(id, k -> new ArrayList<>()).add(row.id()));
        }
        customersByContract.forEach((contractId, customers) -> {
            if (customers.size() < 2) {
                return;
            }
            String contract = contracts.containsKey(contractId)
                    ? "\"" + contracts.get(contractId).name() + "\""
                    : Long.toString(contractId);
            for (String customer : customers) {
                out.error(path(customer, SettingsKeys.CONTRACT_COLUMN), "Kaspersky customers {0} are all mapped to "
                        + "contract {1}, which would bill it twice: map each contract to one Kaspersky customer only.",
                        String.join(", ", customers), contract);
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
