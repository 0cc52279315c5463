package net.mspbridge.host.outside;

import net.mspbridge.host.sandbox.archfixture.ReachesIntoTheHost;

/** Stands for a host class in SandboxesArchitectureTest's fixtures; it imports the sandbox back (a cycle). */
public final class HostSide {

    public ReachesIntoTheHost sandbox() {
        return null;
    }
}
