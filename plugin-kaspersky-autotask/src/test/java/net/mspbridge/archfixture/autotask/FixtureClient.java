package net.mspbridge.archfixture.autotask;

/** A stand-in for a client class, which billing must not use. */
public final class FixtureClient {
}
