package net.mspbridge.integration.plugin;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.multibindings.OptionalBinder;
import jakarta.inject.Singleton;

import net.mspbridge.integration.autotask.AutotaskClientFactory;
import net.mspbridge.integration.autotask.AutotaskOptions;
import net.mspbridge.integration.billing.BillingRuns;
import net.mspbridge.integration.kaspersky.ApplicationCatalog;
import net.mspbridge.integration.mapping.MappingModule;
import net.mspbridge.integration.mapping.SettingsPorts;

/** Wires the feature packages together: each package's ports to the real clients. */
final class IntegrationModule extends AbstractModule {

    @Override
    protected void configure() {
        install(new MappingModule());
        OptionalBinder.newOptionalBinder(binder(), SettingsPorts.class).setBinding().to(ClientSettingsPorts.class);
    }

    @Provides
    @Singleton
    ApplicationCatalog applicationCatalog() {
        return ApplicationCatalog.load();
    }

    /** One instance per plugin load: it is what keeps two runs in this process from overlapping. */
    @Provides
    @Singleton
    BillingRuns billingRuns(ApplicationCatalog catalog, ClientBillingConnections connections) {
        return BillingRuns.create(catalog, connections);
    }

    @Provides
    @Singleton
    AutotaskClientFactory autotaskClientFactory() {
        return AutotaskClientFactory.standard();
    }

    @Provides
    @Singleton
    AutotaskOptions autotaskOptions() {
        return AutotaskOptions.defaults();
    }
}
