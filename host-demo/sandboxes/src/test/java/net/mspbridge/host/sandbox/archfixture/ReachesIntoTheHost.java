package net.mspbridge.host.sandbox.archfixture;

import net.mspbridge.host.outside.HostSide;

/** Breaks SandboxesArchitectureTest's rules on purpose: a sandbox class that uses a host class. */
public final class ReachesIntoTheHost {

    public HostSide host() {
        return new HostSide();
    }
}
