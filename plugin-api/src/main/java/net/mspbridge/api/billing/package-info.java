/**
 * A billing run: the request the host makes, the monitor through which it follows and cancels the
 * run, and the report it stores and shows.
 */
package net.mspbridge.api.billing;
