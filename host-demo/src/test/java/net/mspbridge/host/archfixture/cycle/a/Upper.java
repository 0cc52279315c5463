package net.mspbridge.host.archfixture.cycle.a;

import net.mspbridge.host.archfixture.cycle.b.Lower;

/** Half of a package cycle that HostArchitectureTest must catch. */
public final class Upper {

    public Lower lower() {
        return new Lower();
    }
}
