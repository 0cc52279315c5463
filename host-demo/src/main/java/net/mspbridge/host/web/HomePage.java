package net.mspbridge.host.web;

import net.mspbridge.host.plugins.InstalledPlugin;
import net.mspbridge.host.plugins.PluginFailure;
import net.mspbridge.host.plugins.PluginHost;

/** The start page: which plugins are installed, and which could not be loaded. */
final class HomePage {

    private HomePage() {
    }

    static String render(PluginHost plugins) {
        StringBuilder html = new StringBuilder("""
                <!doctype html><html lang="en"><head><meta charset="utf-8">
                <title>RMM host</title></head><body><h1>RMM host</h1><h2>Plugins</h2><ul>
                """);
        for (InstalledPlugin plugin : plugins.plugins().stream().map(p -> p.info()).toList()) {
            html.append("<li><strong>").append(Html.escape(plugin.id())).append("</strong> ")
                    .append(Html.escape(plugin.version())).append(": ")
                    .append(Html.escape(plugin.description())).append("</li>");
        }
        html.append("</ul>");
        if (!plugins.failures().isEmpty()) {
            html.append("<h2>Plugins that could not be loaded</h2><ul>");
            for (PluginFailure failure : plugins.failures()) {
                html.append("<li><strong>").append(Html.escape(failure.source())).append("</strong>: ")
                        .append(Html.escape(failure.reason())).append("</li>");
            }
            html.append("</ul>");
        }
        return html.append("</body></html>").toString();
    }
}
