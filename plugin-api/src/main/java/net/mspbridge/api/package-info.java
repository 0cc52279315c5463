/**
 * The contract between an RMM host and its billing plugins.
 *
 * <p>A plugin contributes two PF4J extensions: {@link net.mspbridge.api.SettingsPanelProvider},
 * which describes the plugin's settings as data for the host to render, validate and store, and
 * {@link net.mspbridge.api.BillingHook}, which the host invokes for a billing run. With every call
 * the host passes a {@link net.mspbridge.api.HostContext}: the stored settings and secrets, a
 * clock, a plugin-scoped durable store and, when the host has one, its device inventory.
 *
 * <p>Ownership: the host owns storage (settings, secrets, run history) and the user interface;
 * the plugin owns the meaning of its settings and everything it does with remote services. The
 * plugin keeps no state between calls beyond what it writes to {@link
 * net.mspbridge.api.host.PluginStore}.
 *
 * <p>Every type in this module is a plain Java record, enum or interface: no third-party type
 * appears in a signature, so any host can implement and serialise it as it likes. Records are
 * immutable and copy the collections they are given.
 *
 * <p>Errors: extension methods signal conditions a person must act on with the unchecked
 * {@link net.mspbridge.api.PluginException} family, whose messages are written for that person
 * and never contain secrets. Any other exception is a plugin defect; hosts report it as such and
 * keep running.
 */
package net.mspbridge.api;
