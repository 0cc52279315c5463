package net.mspbridge.host.archfixture.core;

import net.mspbridge.host.demo.DemoSetup;

/** Breaks HostArchitectureTest's rule on purpose: a core package that uses the demo wiring. */
final class CoreThatSetsUpTheDemo {

    Class<?> wiring() {
        return DemoSetup.class;
    }
}
