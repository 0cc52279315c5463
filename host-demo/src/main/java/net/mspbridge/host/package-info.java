/**
 * A small RMM host that runs billing plugins: the command line ({@link net.mspbridge.host.HostMain})
 * and the application it starts ({@link net.mspbridge.host.HostApp}).
 */
package net.mspbridge.host;
