package net.mspbridge.host.fake;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import net.mspbridge.api.ConfigurationException;
import net.mspbridge.api.HostContext;
import net.mspbridge.api.SettingsPanelProvider;
import net.mspbridge.api.host.Secret;
import net.mspbridge.api.settings.ActionResult;
import net.mspbridge.api.settings.ActionStep;
import net.mspbridge.api.settings.ColumnDefinition;
import net.mspbridge.api.settings.Condition;
import net.mspbridge.api.settings.FieldPath;
import net.mspbridge.api.settings.MappingRow;
import net.mspbridge.api.settings.MappingTableField;
import net.mspbridge.api.settings.Option;
import net.mspbridge.api.settings.OptionSource;
import net.mspbridge.api.settings.OptionsRequest;
import net.mspbridge.api.settings.PanelDefinition;
import net.mspbridge.api.settings.SecretField;
import net.mspbridge.api.settings.SelectField;
import net.mspbridge.api.settings.SettingsValues;
import net.mspbridge.api.settings.TableValue;
import net.mspbridge.api.settings.TextField;
import net.mspbridge.api.settings.ToggleField;
import net.mspbridge.api.settings.ValidationResult;

/**
 * A settings provider shaped like the real plugin's, with nothing of Kaspersky or Autotask in it:
 * a Connection panel (text, secret, static select, a test action), a Services panel (a toggle and a
 * mapping table whose columns depend on it, with a row restricted to one column and a suggestion)
 * and a Companies panel (rows from a live source, a column whose options depend on another cell).
 */
public final class FakeSettings implements SettingsPanelProvider {

    public static final String PLUGIN_ID = "fake-billing";
    public static final String GOOD_SECRET = "open-sesame-4711";

    public final FaultSwitch faults = new FaultSwitch();
    /** Every context given to validate and runAction, to check what the host proposed. */
    public final List<HostContext> proposedContexts = new CopyOnWriteArrayList<>();
    /** Every options request, to check the parameters the host sent. */
    public final List<OptionsRequest> optionRequests = new CopyOnWriteArrayList<>();

    @Override
    public List<PanelDefinition> panels(HostContext context) {
        if (faults.apply("panels")) {
            return null;
        }
        return List.of(connection(), services(context.settings()), companies());
    }

    static PanelDefinition connection() {
        return PanelDefinition.builder("connection", "Connection")
                .help("Where the billing system is and how to sign in to it.")
                .field(TextField.builder("serverUrl", "Server address").required()
                        .placeholder("https://billing.example.com").help("The https:// address of the billing API.").build())
                .field(SecretField.of("apiSecret", "API secret", "Issued by the billing system's administrator.", true))
                .field(SelectField.builder("region", "Region").option("eu", "Europe").option("us", "United States")
                        .defaultValue("eu").build())
                .action("test", "Test connection", "Signs in with the values on this panel, saved or not.")
                .build();
    }

    /** The rows follow the region, as the real plugin's follow the chosen solution. */
    static PanelDefinition services(SettingsValues stored) {
        OptionSource services = OptionSource.named("fake.services");
        List<MappingRow> regional = stored.text("region").equals("us")
                ? List.of(MappingRow.of("app-us", "US-only Endpoint"))
                : List.of();
        return PanelDefinition.builder("services", "Services")
                .help("Map each security application to the service it is billed as.")
                .field(ToggleField.of("byCategory", "Bill devices by category",
                        "One service per device category instead of one per application.", false))
                .field(MappingTableField.builder("services", "Service mapping").rowHeader("Security application")
                        .column(ColumnDefinition.select("service", "Billing service").source(services)
                                .visibleWhen(Condition.whenOff("byCategory")).build())
                        .column(ColumnDefinition.select("ws", "Workstations").source(services)
                                .visibleWhen(Condition.whenOn("byCategory")).build())
                        .column(ColumnDefinition.select("srv", "Servers").source(services)
                                .visibleWhen(Condition.whenOn("byCategory")).build())
                        .column(ColumnDefinition.select("other", "Other devices").source(services)
                                .visibleWhen(Condition.whenOn("byCategory")).build())
                        .row(MappingRow.of("app-edr", "Endpoint Detection"))
                        .row(new MappingRow("app-mail", "Mail Security", "", List.of(), Map.of("service", "svc-mail")))
                        .row(new MappingRow("app-users", "Cloud Suite per user", "Licensed per user: one service only.",
                                List.of("service"), Map.of()))
                        .rows(regional)
                        .build())
                .build();
    }

    static PanelDefinition companies() {
        return PanelDefinition.builder("companies", "Companies")
                .help("Which billing company and contract each customer is billed to.")
                .field(MappingTableField.builder("companies", "Company mapping").rowHeader("Customer")
                        .rowSource("fake.customers")
                        .column(ColumnDefinition.select("company", "Company").source(OptionSource.named("fake.companies")).build())
                        .column(ColumnDefinition.toggle("billing", "Billing").build())
                        .column(ColumnDefinition.select("contract", "Contract")
                                .source(OptionSource.named("fake.contracts", "company")).build())
                        .build())
                .build();
    }

    @Override
    public List<Option> options(OptionsRequest request, HostContext context) {
        optionRequests.add(request);
        if (faults.apply("options")) {
            return null;
        }
        return switch (request.source()) {
            case "fake.services" -> List.of(
                    new Option("svc-edr-ws", "EDR Workstation", "4.50 per month"),
                    new Option("svc-edr-srv", "EDR Server", "12.00 per month"),
                    new Option("svc-mac", "Mac/Linux", "5.00 per month"),
                    new Option("svc-mail", "Mail Security", "1.20 per month"),
                    new Option("svc-users", "Cloud per user", "3.20 per month"),
                    new Option("svc-retired", "Old antivirus (retired)", "no longer sold"));
            case "fake.companies" -> List.of(Option.of("co-1", "Contoso Ltd."), Option.of("co-2", "Fabrikam, Inc."));
            case "fake.contracts" -> switch (request.parameter("company")) {
                case "co-1" -> List.of(Option.of("ct-11", "Managed Services 2026"), Option.of("ct-12", "Security Bundle"));
                case "co-2" -> List.of(Option.of("ct-21", "Fabrikam Recurring"));
                default -> List.of();
            };
            default -> throw new ConfigurationException("unknown option source " + request.source());
        };
    }

    @Override
    public List<MappingRow> rows(String rowSource, HostContext context) {
        if (faults.apply("rows")) {
            return null;
        }
        if (!rowSource.equals("fake.customers")) {
            throw new ConfigurationException("unknown row source " + rowSource);
        }
        return List.of(new MappingRow("cust-1", "Contoso", "Virtual server vs-contoso", List.of(), Map.of("company", "co-1")),
                // Markup in a plugin's text must show as text.
                new MappingRow("cust-2", "Fabrikam", "Imported <script>window.pwned=1</script><b>as is</b>", List.of(), Map.of()));
    }

    @Override
    public ValidationResult validate(String panelId, HostContext context) {
        proposedContexts.add(context);
        if (faults.apply("validate")) {
            return null;
        }
        SettingsValues values = context.settings();
        ValidationResult.Builder result = ValidationResult.builder();
        switch (panelId) {
            case "connection" -> {
                String url = values.text("serverUrl");
                if (url.isBlank()) {
                    // The plugin's own sentence for a required field: the host must not add a second one.
                    result.error(FieldPath.field("serverUrl"), "Enter the https:// address of the billing API.");
                } else if (!url.startsWith("https://")) {
                    result.error(FieldPath.field("serverUrl"), "{0} must be an https:// address, not {1}",
                            "Server address", url);
                }
            }
            case "services" -> validateServices(values, result);
            case "companies" -> {
                TableValue table = values.table("companies");
                for (String row : table.rowIds()) {
                    if (table.cell(row, "billing").orElse("false").equals("true") && table.cell(row, "contract").isEmpty()) {
                        result.error(FieldPath.cell("companies", row, "contract"),
                                "Billing is on for {0} but no contract is chosen", row);
                    }
                }
            }
            default -> throw new ConfigurationException("unknown panel " + panelId);
        }
        return result.build();
    }

    private static void validateServices(SettingsValues values, ValidationResult.Builder result) {
        TableValue table = values.table("services");
        boolean byCategory = values.toggle("byCategory");
        for (String row : table.rowIds()) {
            for (Map.Entry<String, String> cell : table.row(row).entrySet()) {
                if (cell.getValue().equals("svc-retired")) {
                    result.error(FieldPath.cell("services", row, cell.getKey()),
                            "{0} is no longer sold: choose another service", "Old antivirus");
                }
            }
            if (row.equals("app-users")) {
                for (String column : List.of("ws", "srv", "other")) {
                    if (table.cell(row, column).isPresent()) {
                        result.error(FieldPath.cell("services", row, column),
                                "{0} is licensed per user: it takes one service only", "Cloud Suite");
                    }
                }
            } else if (byCategory && table.cell(row, "ws").isPresent()) {
                List<String> empty = new ArrayList<>();
                for (String column : List.of("srv", "other")) {
                    if (table.cell(row, column).isEmpty()) {
                        empty.add(column);
                    }
                }
                for (String column : empty) {
                    result.warning(FieldPath.cell("services", row, column),
                            "No service for this category: those devices will not be billed");
                }
            }
        }
    }

    @Override
    public ActionResult runAction(String panelId, String actionId, HostContext context) {
        proposedContexts.add(context);
        if (faults.apply("runAction")) {
            return null;
        }
        if (!panelId.equals("connection") || !actionId.equals("test")) {
            throw new ConfigurationException("unknown action " + actionId);
        }
        String url = context.settings().text("serverUrl");
        if (!url.startsWith("https://")) {
            return ActionResult.of(ActionStep.failed("Server reached", "Set an https:// server address first."),
                    ActionStep.skipped("Credentials accepted", "Not tried: the server was not reached."));
        }
        boolean accepted = context.secrets().get("apiSecret").map(Secret::reveal).filter(GOOD_SECRET::equals).isPresent();
        return ActionResult.of(ActionStep.successful("Server reached", url + " answered."),
                accepted ? ActionStep.successful("Credentials accepted", "Signed in.")
                        : ActionStep.failed("Credentials accepted", "The API secret was refused: check it and try again."));
    }
}
