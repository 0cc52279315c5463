/**
 * Calling plugins safely: every extension call runs on a small bounded pool, is time-boxed, and
 * whatever goes wrong (an exception, a hang, a nonsense answer) comes back as one
 * {@link net.mspbridge.host.calls.PluginCallException} whose message the page may show. The host
 * keeps serving whatever a plugin does.
 */
package net.mspbridge.host.calls;
