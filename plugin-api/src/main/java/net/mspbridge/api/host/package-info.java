/**
 * Host services a plugin may use during a call: its secrets, its durable store and the host's
 * device inventory. The host implements the interfaces; the records are the data they exchange.
 */
package net.mspbridge.api.host;
