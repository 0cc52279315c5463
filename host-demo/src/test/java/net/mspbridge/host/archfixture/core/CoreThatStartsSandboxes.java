package net.mspbridge.host.archfixture.core;

import net.mspbridge.host.sandbox.SandboxConfig;
import net.mspbridge.host.sandbox.Sandboxes;

/** Breaks HostArchitectureTest's rule on purpose: a core package that starts the sandboxes. */
final class CoreThatStartsSandboxes {

    Sandboxes start() {
        return Sandboxes.start(SandboxConfig.builder().build());
    }
}
