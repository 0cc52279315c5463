package net.mspbridge.archfixture.api;

import org.assertj.core.api.Assertions;

/** Breaks plugin-api's rule on purpose: a contract type that uses a library. */
public final class UsesALibrary {

    public Object library() {
        return Assertions.class;
    }
}
