package net.mspbridge.integration.mapping;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import net.mspbridge.api.HostContext;
import net.mspbridge.api.billing.BillingPeriod;
import net.mspbridge.api.settings.FieldPath;
import net.mspbridge.api.settings.SettingsValues;
import net.mspbridge.api.settings.TableValue;
import net.mspbridge.api.settings.ValidationMessage;
import net.mspbridge.api.settings.ValidationResult;
import net.mspbridge.integration.billing.PeriodLabels;
import net.mspbridge.integration.kaspersky.ApplicationCatalog;
import net.mspbridge.integration.kaspersky.DeviceCategory;
import net.mspbridge.integration.kaspersky.LastUsage;
import net.mspbridge.integration.kaspersky.SecurityApplication;
import net.mspbridge.integration.kaspersky.Solution;
import net.mspbridge.integration.kaspersky.UsageCounts;
import net.mspbridge.integration.settings.ConnectionRules;
import net.mspbridge.integration.settings.SettingsKeys;

/**
 * Checks a proposed Services mapping: the rules of the Services tab locally, then every chosen
 * service against Autotask in one batched read. A cell hidden by the toggle keeps its value; a
 * problem there is a warning, since the person cannot see it, and becomes an error once the
 * toggle shows the cell again. Rows of the Kaspersky solution not chosen are kept as stored for when
 * it is chosen again and bill nothing meanwhile: their problems are warnings too, saying so. So are
 * rows of no known application: a save never drops a row the panel does not show (plugin-api 1.1,
 * {@code MappingTableField}), so an error there would block every save with nothing to fix.
 */
final class ServicesValidator {

    private static final String TOGGLE = "\"Bill devices by category\"";

    private final ApplicationCatalog catalog;

    ServicesValidator(ApplicationCatalog catalog) {
        this.catalog = catalog;
    }

    ValidationResult validate(HostContext context, SettingsPorts ports) {
        SettingsValues values = context.settings();
        ValidationResult.Builder out = ValidationResult.builder();
        Toggles.check(out, values, SettingsKeys.BILL_BY_CATEGORY);
        boolean byCategory = Toggles.parse(values.text(SettingsKeys.BILL_BY_CATEGORY)).orElse(false);
        TableValue table = values.table(SettingsKeys.SERVICES);
        Solution chosen = ConnectionRules.solution(values);
        ValidationResult.Builder notShown = ValidationResult.builder();
        List<Choice> choices = new ArrayList<>();
        Optional<LastUsage> lastUsage = LastUsage.read(context.store(), chosen);
        for (String rowId : rowsInOrder(table)) {
            Optional<SecurityApplication> application = catalog.find(rowId);
            if (application.isEmpty()) {
                // Never shown, so the person cannot remove it: an error would block every save.
                out.warning(FieldPath.row(SettingsKeys.SERVICES, rowId),
                        "\"{0}\" is not a Kaspersky security application this plugin knows: its stored mapping is kept "
                                + "as it is and bills nothing.", rowId);
                continue;
            }
            boolean shown = application.get().solution() == chosen;
            choices.addAll(checkRow(shown ? out : notShown, application.get(), table.row(rowId), byCategory, shown,
                    lastUsage));
        }
        if (!choices.isEmpty()) {
            Set<Long> ids = new LinkedHashSet<>();
            choices.forEach(choice -> ids.add(choice.serviceId()));
            Optional<Map<Long, AutotaskDirectory.Service>> services = AutotaskReads.read(out,
                    context.secrets(), () -> ports.autotaskDirectory(context).services(ids));
            services.ifPresent(found -> choices.forEach(choice -> checkService(
                    choice.application().solution() == chosen ? out : notShown, choice, found, byCategory)));
        }
        String kept = " (This row belongs to " + otherThan(chosen).displayName() + ", which is not chosen: it is not "
                + "shown, bills nothing and is kept for when that solution is chosen again.)";
        for (ValidationMessage message : notShown.build().messages()) {
            out.warning(message.path(), message.pattern() + kept, message.arguments().toArray(String[]::new));
        }
        return out.build();
    }

    private static Solution otherThan(Solution chosen) {
        return chosen == Solution.SECURITY_CENTER ? Solution.BUSINESS_HUB : Solution.SECURITY_CENTER;
    }

    /**
     * The local rules of one row; returns the service ids chosen in it for the Autotask check. A row
     * not shown gets no coverage warnings: it bills nothing now, and the person cannot act on them.
     */
    private static List<Choice> checkRow(ValidationResult.Builder out, SecurityApplication application,
            Map<String, String> cells, boolean byCategory, boolean shown, Optional<LastUsage> lastUsage) {
        List<Choice> choices = new ArrayList<>();
        String name = application.name();
        for (String column : columnsInOrder(cells)) {
            String value = cells.get(column).trim();
            FieldPath path = FieldPath.cell(SettingsKeys.SERVICES, application.id(), column);
            Optional<DeviceCategory> category = DeviceCategory.fromKey(column);
            // A category the application never runs on is not applicable: the page sends nothing there and
            // a value stored earlier bills nothing, so it is ignored rather than reported.
            if (value.isEmpty() || category.isPresent() && !application.isPerUser() && !application.runsOn(category.get())) {
                continue;
            }
            if (!column.equals(SettingsKeys.SERVICE_COLUMN) && category.isEmpty()) {
                out.error(path, "{0} has no column \"{1}\": remove that value.", name, column);
            } else if (application.isPerUser() && !column.equals(SettingsKeys.SERVICE_COLUMN)) {
                out.error(path, "{0} is licensed per user, so it is billed to one Autotask service whatever " + TOGGLE
                        + " says: clear its {1} choice and choose the service under Autotask service.", name,
                        label(column));
            } else {
                Optional<Long> id = ConnectionRules.positiveLong(value);
                if (id.isEmpty()) {
                    out.error(path, "{0}, {1}: \"{2}\" is not an Autotask service id: choose the service again.", name,
                            label(column), value);
                } else {
                    choices.add(new Choice(application, column, id.get()));
                }
            }
        }
        if (shown && !application.isPerUser()) {
            checkCoverage(out, application, cells, byCategory, lastUsage);
        }
        return choices;
    }

    /** Warns about devices a partly mapped application leaves unbilled under the current toggle. */
    private static void checkCoverage(ValidationResult.Builder out, SecurityApplication application,
            Map<String, String> cells, boolean byCategory, Optional<LastUsage> lastUsage) {
        boolean single = !cells.getOrDefault(SettingsKeys.SERVICE_COLUMN, "").isBlank();
        List<DeviceCategory> missing = new ArrayList<>();
        boolean anyCategory = false;
        for (DeviceCategory category : DeviceCategory.values()) {
            if (!application.runsOn(category)) {
                continue; // never has usage, so never leaves devices unbilled
            }
            boolean chosen = !cells.getOrDefault(category.key(), "").isBlank();
            anyCategory |= chosen;
            if (!chosen) {
                missing.add(category);
            }
        }
        if (byCategory && (single || anyCategory)) {
            for (DeviceCategory category : missing) {
                out.warning(FieldPath.cell(SettingsKeys.SERVICES, application.id(), category.key()),
                        "{0}: no service is chosen for {1}, so those devices will not be billed while " + TOGGLE
                                + " is on." + lastSeen(lastUsage, application, Optional.of(category)),
                        application.name(), category.label());
            }
        } else if (!byCategory && !single && anyCategory) {
            out.warning(FieldPath.cell(SettingsKeys.SERVICES, application.id(), SettingsKeys.SERVICE_COLUMN),
                    "{0}: no Autotask service is chosen, so its devices will not be billed while " + TOGGLE
                            + " is off. Its per-category choices are kept for when it is on."
                            + lastSeen(lastUsage, application, Optional.empty()), application.name());
        }
    }

    /**
     * How many devices the last billing run that read every customer saw there (in one category, or
     * in all), as a sentence; empty when no such run is known.
     */
    private static String lastSeen(Optional<LastUsage> lastUsage, SecurityApplication application,
            Optional<DeviceCategory> category) {
        return lastUsage.map(last -> {
            UsageCounts counts = last.of(application.id());
            int devices = category.map(counts::devices).orElse(counts.devices());
            String those = devices == 1 ? "1 such device" : devices + " such devices";
            // Appended to the message's pattern: a date and a number hold no pattern characters.
            return " At the billing run for " + last.date() + ", Kaspersky reported " + (devices == 0 ? "none" : those)
                    + ".";
        }).orElse("");
    }

    private static void checkService(ValidationResult.Builder out, Choice choice,
            Map<Long, AutotaskDirectory.Service> found, boolean byCategory) {
        FieldPath path = FieldPath.cell(SettingsKeys.SERVICES, choice.application().id(), choice.column());
        boolean visible = isVisible(choice.application(), choice.column(), byCategory);
        String hidden = visible ? "" : " This choice is hidden while " + TOGGLE + " is " + (byCategory ? "on" : "off")
                + " and kept for when it is switched back.";
        AutotaskDirectory.Service service = found.get(choice.serviceId());
        String pattern;
        String detail;
        if (service == null) {
            pattern = "{0}, {1}: Autotask has no service with id {2}: choose another service." + hidden;
            detail = Long.toString(choice.serviceId());
        } else if (!service.active()) {
            pattern = "{0}, {1}: the Autotask service \"{2}\" is inactive: choose an active service, or activate it in "
                    + "Autotask." + hidden;
            detail = service.name();
        } else {
            warnIfNotMonthly(out, path, choice, service, hidden);
            return;
        }
        if (visible) {
            out.error(path, pattern, choice.application().name(), label(choice.column()), detail);
        } else {
            out.warning(path, pattern, choice.application().name(), label(choice.column()), detail);
        }
    }

    /**
     * A warning, not an error, for a service not billed monthly: a yearly service can be meant, but its
     * amounts are per year, and the reports total them apart from the monthly ones (never converted).
     */
    private static void warnIfNotMonthly(ValidationResult.Builder out, FieldPath path, Choice choice,
            AutotaskDirectory.Service service, String hidden) {
        BillingPeriod period = PeriodLabels.of(service.periodLabel());
        if (period == BillingPeriod.MONTHLY) {
            return;
        }
        String name = choice.application().name();
        String column = label(choice.column());
        if (period == BillingPeriod.UNKNOWN && service.periodLabel().isBlank()) {
            out.warning(path, "{0}, {1}: Autotask gives no billing period for the service \"{2}\": reports total its "
                    + "amounts apart, as of a period not known. Check its Period Type in Autotask." + hidden,
                    name, column, service.name());
            return;
        }
        out.warning(path, "{0}, {1}: the Autotask service \"{2}\" is billed {3}, not monthly: its price and amounts "
                + "are per that period, and reports total them apart from the monthly ones. Choose a monthly service "
                + "unless you mean to bill it {3}." + hidden, name, column, service.name(), service.periodLabel());
    }

    /** Messages come in the order a person reads the table: catalog rows first, then unknown ones. */
    private List<String> rowsInOrder(TableValue table) {
        List<String> ids = new ArrayList<>();
        catalog.all().stream().map(SecurityApplication::id).filter(table.rowIds()::contains).forEach(ids::add);
        table.rowIds().stream().filter(id -> catalog.find(id).isEmpty()).sorted().forEach(ids::add);
        return ids;
    }

    private static List<String> columnsInOrder(Map<String, String> cells) {
        List<String> columns = new ArrayList<>();
        if (cells.containsKey(SettingsKeys.SERVICE_COLUMN)) {
            columns.add(SettingsKeys.SERVICE_COLUMN);
        }
        for (DeviceCategory category : DeviceCategory.values()) {
            if (cells.containsKey(category.key())) {
                columns.add(category.key());
            }
        }
        cells.keySet().stream().filter(c -> !columns.contains(c)).sorted().forEach(columns::add);
        return columns;
    }

    /** Whether the cell shows under the toggle, by the same rule the panel declares for the host. */
    static boolean isVisible(SecurityApplication application, String column, boolean byCategory) {
        boolean singleColumn = column.equals(SettingsKeys.SERVICE_COLUMN);
        return application.isPerUser() ? singleColumn : singleColumn != byCategory;
    }

    private static String label(String column) {
        return DeviceCategory.fromKey(column).map(DeviceCategory::label).orElse("Autotask service");
    }

    private record Choice(SecurityApplication application, String column, long serviceId) {
    }
}
