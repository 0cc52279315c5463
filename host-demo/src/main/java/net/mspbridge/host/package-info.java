/**
 * A small RMM host that runs billing plugins, and where it is put together: the command line
 * ({@link net.mspbridge.host.HostMain}), what {@code serve} runs ({@link net.mspbridge.host.ServedHost})
 * and the demo beside it ({@code DemoSide}). This package is the one place that starts the demo
 * sandboxes and the plugin-specific demo wiring ({@code net.mspbridge.host.demo}); the host's core,
 * every other package, knows nothing of them (HostArchitectureTest checks it).
 */
package net.mspbridge.host;
