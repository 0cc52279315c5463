/**
 * plugin-api's {@link net.mspbridge.api.host.PluginStore} in the host database: one key space per
 * plugin, durable on return, with the documented limits enforced.
 */
package net.mspbridge.host.pluginstore;
