/**
 * Billing runs: started from the page, the daily schedule or the command line; at most one per
 * plugin at a time across every process sharing the data folder (a lease in the database); each
 * time-boxed and cancellable; recorded with its report in the run history.
 */
package net.mspbridge.host.runs;
