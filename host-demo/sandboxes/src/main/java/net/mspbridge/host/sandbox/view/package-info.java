/**
 * What billing did, for people: {@link net.mspbridge.host.sandbox.view.SandboxView} (each contract's
 * services with units in force and the adjustments received) as text, JSON or an escaped HTML fragment.
 */
package net.mspbridge.host.sandbox.view;
