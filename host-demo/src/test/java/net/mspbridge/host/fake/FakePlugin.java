package net.mspbridge.host.fake;

import net.mspbridge.host.plugins.ExtensionSource;
import net.mspbridge.host.plugins.HostedPlugin;

/** The fake settings and billing extensions as one in-process plugin, and a source holding it. */
public final class FakePlugin {

    public final FakeSettings settings = new FakeSettings();
    public final FakeBilling billing = new FakeBilling();

    public HostedPlugin hosted() {
        return HostedPlugin.inProcess(FakeSettings.PLUGIN_ID, "A billing plugin for tests", settings, billing);
    }

    public ExtensionSource source() {
        return ExtensionSource.of(hosted());
    }

    /** Frees every hanging or held call, so nothing outlives a test. */
    public void releaseAll() {
        settings.faults.releaseHangs();
        billing.faults.releaseHangs();
        billing.release();
    }
}
