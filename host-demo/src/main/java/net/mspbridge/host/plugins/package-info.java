/**
 * Loading plugins: a stock PF4J plugin manager, plus the bookkeeping a host needs to keep running
 * beside a broken plugin and tell the administrator what is wrong with it.
 */
package net.mspbridge.host.plugins;
