package net.mspbridge.integration.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import org.junit.jupiter.api.Test;

import net.mspbridge.api.ServiceUnavailableException;
import net.mspbridge.api.settings.ActionResult;
import net.mspbridge.api.settings.OptionsRequest;
import net.mspbridge.api.settings.SettingsValues;
import net.mspbridge.api.settings.StepOutcome;
import net.mspbridge.api.settings.TableValue;
import net.mspbridge.integration.kaspersky.ApplicationCatalog;
import net.mspbridge.integration.settings.SettingsKeys;

class MappingModuleTest {

    private static final class Catalog extends AbstractModule {
        @Override
        protected void configure() {
            bind(ApplicationCatalog.class).toInstance(ApplicationCatalog.load());
        }
    }

    @Test
    void withoutBoundPortsThePanelsRenderAndValidateLocallyAndRemoteNeedsSayNoClientIsWired() {
        Injector injector = Guice.createInjector(new Catalog(), new MappingModule());
        SettingsService service = injector.getInstance(SettingsService.class);

        assertThat(service.panels(Contexts.of(SettingsValues.empty()))).hasSize(4);
        assertThat(service.validate(SettingsKeys.CONNECTION_PANEL, Contexts.of(Contexts.CONNECTION)).messages()).isEmpty();
        assertThatThrownBy(() -> service.options(new OptionsRequest(SettingsKeys.SERVICES_SOURCE, Map.of()),
                Contexts.of(Contexts.CONNECTION)))
                .isInstanceOf(ServiceUnavailableException.class)
                .hasMessage("Autotask cannot be reached: this build of the plugin has no client for it wired in.");
        ActionResult test = service.runAction(SettingsKeys.CONNECTION_PANEL, SettingsKeys.TEST_KASPERSKY_ACTION,
                Contexts.of(Contexts.CONNECTION));
        assertThat(test.outcome()).isEqualTo(StepOutcome.FAILED);
        assertThat(test.steps().get(0).detail()).contains("no client for it wired in");
    }

    @Test
    void portsBoundByTheWiringModuleAreUsed() {
        FakePorts ports = new FakePorts();
        ports.directory.service(100, "Endpoint protection", true, "4.50", "Monthly");
        Injector injector = Guice.createInjector(new Catalog(), new MappingModule(), new AbstractModule() {
            @Override
            protected void configure() {
                bind(SettingsPorts.class).toInstance(ports);
            }
        });
        SettingsService service = injector.getInstance(SettingsService.class);

        assertThat(service.options(new OptionsRequest(SettingsKeys.SERVICES_SOURCE, Map.of()),
                Contexts.of(Contexts.CONNECTION))).extracting(o -> o.label())
                .containsExactly("Endpoint protection (4.50 / Monthly)");
        assertThat(service.validate(SettingsKeys.SERVICES_PANEL, Contexts.of(SettingsValues.empty()
                .withTable(SettingsKeys.SERVICES, TableValue.empty().with("kes-windows", "service", "100"))))
                .messages()).isEmpty();
        assertThat(injector.getInstance(SettingsService.class)).isSameAs(service);
    }
}
