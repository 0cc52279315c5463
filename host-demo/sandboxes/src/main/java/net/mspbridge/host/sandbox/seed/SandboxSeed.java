package net.mspbridge.host.sandbox.seed;

import java.util.Objects;

import net.mspbridge.host.sandbox.autotask.AutotaskData;
import net.mspbridge.host.sandbox.ksc.KscDirectory;

/**
 * What the sandboxes start with: the Autotask data, the KSC directory and the mapping that fits them.
 */
public record SandboxSeed(AutotaskData autotask, KscDirectory ksc, DemoMapping mapping) {

    public SandboxSeed {
        Objects.requireNonNull(autotask, "autotask");
        Objects.requireNonNull(ksc, "ksc");
        Objects.requireNonNull(mapping, "mapping");
    }
}
