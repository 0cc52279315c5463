/**
 * What the host does to its logging: {@link net.mspbridge.host.logging.HeaderLogGuard} keeps raw
 * HTTP headers, which carry credentials, out of the log at every level.
 */
package net.mspbridge.host.logging;
