package net.mspbridge.integration.mapping;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.OptionalBinder;

/**
 * Binds {@link SettingsService}. It needs an {@link net.mspbridge.integration.kaspersky.ApplicationCatalog}
 * from the installing module, and uses a {@link SettingsPorts} when one is bound: the module that
 * wires the real Autotask and Kaspersky clients binds it, either with
 * {@code bind(SettingsPorts.class).to(...)} or with
 * {@code OptionalBinder.newOptionalBinder(binder(), SettingsPorts.class).setBinding().to(...)}.
 * Until then the panels render and validate locally, and every remote need is answered with a
 * plain "cannot be reached" (see {@link MissingPorts}); no fake is bound here.
 */
public final class MappingModule extends AbstractModule {

    @Override
    protected void configure() {
        OptionalBinder.newOptionalBinder(binder(), SettingsPorts.class);
        bind(SettingsService.class).to(DefaultSettingsService.class);
    }
}
