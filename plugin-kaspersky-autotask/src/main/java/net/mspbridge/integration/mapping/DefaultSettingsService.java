package net.mspbridge.integration.mapping;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import net.mspbridge.api.ConfigurationException;
import net.mspbridge.api.HostContext;
import net.mspbridge.api.ServiceUnavailableException;
import net.mspbridge.api.settings.ActionResult;
import net.mspbridge.api.settings.MappingRow;
import net.mspbridge.api.settings.Option;
import net.mspbridge.api.settings.OptionsRequest;
import net.mspbridge.api.settings.PanelDefinition;
import net.mspbridge.api.settings.ValidationResult;
import net.mspbridge.integration.kaspersky.ApplicationCatalog;
import net.mspbridge.integration.kaspersky.Solution;
import net.mspbridge.integration.settings.ConnectionRules;
import net.mspbridge.integration.settings.SettingsKeys;

/** Dispatches the settings page's calls to the panels. Holds only immutable collaborators. */
@Singleton
final class DefaultSettingsService implements SettingsService {

    private static final List<String> PANELS = List.of(SettingsKeys.CONNECTION_PANEL, SettingsKeys.COMPANIES_PANEL,
            SettingsKeys.SERVICES_PANEL, SettingsKeys.BILLING_PANEL);

    private final ApplicationCatalog catalog;
    private final SettingsPorts ports;
    private final ServicesValidator servicesValidator;

    /** Without bound ports the panels still render and validate locally; see {@link MissingPorts}. */
    @Inject
    DefaultSettingsService(ApplicationCatalog catalog, Optional<SettingsPorts> ports) {
        this(catalog, ports.orElseGet(MissingPorts::new));
    }

    DefaultSettingsService(ApplicationCatalog catalog, SettingsPorts ports) {
        this.catalog = catalog;
        this.ports = ports;
        this.servicesValidator = new ServicesValidator(catalog);
    }

    @Override
    public List<PanelDefinition> panels(HostContext context) {
        Solution solution = ConnectionRules.solution(context.settings());
        return List.of(
                ConnectionPanel.definition(),
                CompaniesPanel.definition(solution),
                ServicesPanel.definition(catalog.forSolution(solution)),
                BillingOptionsPanel.definition());
    }

    @Override
    public List<Option> options(OptionsRequest request, HostContext context) {
        return withLabels(() -> OptionSources.options(request, context, ports));
    }

    @Override
    public List<MappingRow> rows(String rowSource, HostContext context) {
        if (!rowSource.equals(SettingsKeys.CUSTOMERS_SOURCE)) {
            throw new ConfigurationException("This plugin has no row source \"" + rowSource + "\"; it has "
                    + SettingsKeys.CUSTOMERS_SOURCE + ".");
        }
        return withLabels(() -> CustomerRows.rows(context, ports));
    }

    /** The page shows these failures beside the field: a setting is named by its label, never its key. */
    private static <T> T withLabels(Supplier<T> call) {
        try {
            return call.get();
        } catch (ServiceUnavailableException e) {
            throw new ServiceUnavailableException(e.service(), FieldLabels.humanize(e.getMessage()), e);
        } catch (ConfigurationException e) {
            ConfigurationException named = new ConfigurationException(FieldLabels.humanize(e.getMessage()));
            named.initCause(e);
            throw named;
        }
    }

    @Override
    public ValidationResult validate(String panelId, HostContext context) {
        return switch (panelId) {
            case SettingsKeys.CONNECTION_PANEL -> connection(context);
            case SettingsKeys.COMPANIES_PANEL -> companies(context);
            case SettingsKeys.SERVICES_PANEL -> servicesValidator.validate(context, ports);
            case SettingsKeys.BILLING_PANEL -> BillingOptionsPanel.validate(context.settings());
            default -> throw unknownPanel(panelId);
        };
    }

    /** One read of the Kaspersky customers, if any, serves both the messages' names and the rows not listed. */
    private ValidationResult companies(HostContext context) {
        CustomerNames names = new CustomerNames(context, ports);
        return CustomersNotListed.soften(CompaniesValidator.validate(context, ports, names),
                SettingsKeys.companies(ConnectionRules.solution(context.settings())), names);
    }

    /** The local rules; then, only when the Kaspersky fields are complete, the virtual server scope on the server. */
    private ValidationResult connection(HostContext context) {
        ValidationResult kaspersky = ConnectionRules.kaspersky(context.settings(), context.secrets(),
                context.inventory().isPresent());
        return ValidationResult.builder()
                .addAll(ConnectionRules.autotask(context.settings(), context.secrets()))
                .addAll(kaspersky)
                .addAll(kaspersky.hasErrors() ? ValidationResult.ok() : VirtualServerScope.check(context, ports))
                .build();
    }

    @Override
    public ActionResult runAction(String panelId, String actionId, HostContext context) {
        if (!panelId.equals(SettingsKeys.CONNECTION_PANEL)) {
            throw PANELS.contains(panelId)
                    ? new ConfigurationException("Panel \"" + panelId + "\" has no actions.")
                    : unknownPanel(panelId);
        }
        // Step details may name a setting by its key (clients write them so): the page shows its label.
        return switch (actionId) {
            case SettingsKeys.TEST_AUTOTASK_ACTION -> FieldLabels.humanize(ConnectionTests.testAutotask(context, ports));
            case SettingsKeys.TEST_KASPERSKY_ACTION -> FieldLabels.humanize(ConnectionTests.testKaspersky(context, ports));
            default -> throw new ConfigurationException("The Connection panel has no action \"" + actionId
                    + "\"; it has " + SettingsKeys.TEST_AUTOTASK_ACTION + " and " + SettingsKeys.TEST_KASPERSKY_ACTION
                    + ".");
        };
    }

    private static ConfigurationException unknownPanel(String panelId) {
        return new ConfigurationException("This plugin has no panel \"" + panelId + "\"; it has "
                + String.join(", ", PANELS) + ".");
    }
}
