package net.mspbridge.integration.plugin;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import jakarta.inject.Singleton;

import net.mspbridge.integration.kaspersky.ApplicationCatalog;

/** Wires the feature packages together. */
final class IntegrationModule extends AbstractModule {

    @Provides
    @Singleton
    ApplicationCatalog applicationCatalog() {
        return ApplicationCatalog.load();
    }
}
