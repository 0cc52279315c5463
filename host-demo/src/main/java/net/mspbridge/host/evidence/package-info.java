/**
 * The evidence behind billing runs' reports: a plugin's {@link net.mspbridge.api.host.EvidenceSink}
 * writes each device to the host database as the run reads it (batched inserts, nothing held per
 * device), kept for a bounded number of runs; the page and the CSV export read it back a page at a
 * time. Imports nothing of the run service: runs and the web pages use it.
 */
package net.mspbridge.host.evidence;
