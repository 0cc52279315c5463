package net.mspbridge.integration.plugin;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import jakarta.inject.Singleton;

import net.mspbridge.integration.kaspersky.ApplicationCatalog;
import net.mspbridge.integration.mapping.MappingModule;

/** Wires the feature packages together. */
final class IntegrationModule extends AbstractModule {

    @Override
    protected void configure() {
        install(new MappingModule());
    }

    @Provides
    @Singleton
    ApplicationCatalog applicationCatalog() {
        return ApplicationCatalog.load();
    }
}
