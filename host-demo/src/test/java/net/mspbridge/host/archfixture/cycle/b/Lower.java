package net.mspbridge.host.archfixture.cycle.b;

import net.mspbridge.host.archfixture.cycle.a.Upper;

/** The other half of the package cycle: it imports back the package that imports it. */
public final class Lower {

    public Upper upper() {
        return null;
    }
}
