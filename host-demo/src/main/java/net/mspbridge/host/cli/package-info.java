/**
 * Commands of the host's command line other than serving: {@code bill}, which runs billing once
 * in-process against the data folder and prints the report.
 */
package net.mspbridge.host.cli;
