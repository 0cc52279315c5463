/**
 * The PF4J face of the plugin: the {@link org.pf4j.Plugin} class, the Guice module that wires the
 * feature packages, and the two extensions the host finds.
 *
 * <p>PF4J creates extensions with their public no-argument constructor; each one takes its
 * collaborators from the plugin's injector ({@link net.mspbridge.integration.plugin.PluginInjector})
 * and is otherwise a thin adapter, so the feature code never sees PF4J.
 */
package net.mspbridge.integration.plugin;
