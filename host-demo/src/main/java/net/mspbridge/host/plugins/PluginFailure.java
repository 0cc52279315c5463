package net.mspbridge.host.plugins;

/**
 * A plugin that could not be used, and why.
 *
 * @param source the plugin id when known, else the file name in the plugins folder
 * @param reason what went wrong, for the administrator
 */
public record PluginFailure(String source, String reason) {
}
