package net.mspbridge.host.plugins;

import java.util.List;
import java.util.Optional;

/**
 * Where the host gets its plugins' extensions from. {@link PluginHost} loads them from a PF4J
 * plugins folder; {@link #of} takes them as objects, so the whole host runs with in-process
 * extensions (tests, demos) exactly as with loaded ones.
 *
 * <p>Implementations are thread-safe; their lists do not change after construction. The host
 * closes the source when it stops.
 */
public interface ExtensionSource extends AutoCloseable {

    /** The plugins that can be used, in a stable order. Plugin ids are unique. */
    List<HostedPlugin> plugins();

    /** Plugins that could not be used, with the reason, for the administrator. */
    List<PluginFailure> failures();

    /** The plugin with the id, if it is available. */
    default Optional<HostedPlugin> plugin(String pluginId) {
        return plugins().stream().filter(p -> p.id().equals(pluginId)).findFirst();
    }

    /** Releases what the source holds (class loaders, plugin state). Does nothing by default. */
    @Override
    default void close() {
    }

    /**
     * A source of the given plugins, with no failures.
     *
     * @throws IllegalArgumentException when two plugins share an id
     */
    static ExtensionSource of(List<HostedPlugin> plugins) {
        List<HostedPlugin> copy = List.copyOf(plugins);
        long distinct = copy.stream().map(HostedPlugin::id).distinct().count();
        if (distinct != copy.size()) {
            throw new IllegalArgumentException("plugin ids must be unique: " + copy.stream().map(HostedPlugin::id).toList());
        }
        return new ExtensionSource() {
            @Override
            public List<HostedPlugin> plugins() {
                return copy;
            }

            @Override
            public List<PluginFailure> failures() {
                return List.of();
            }
        };
    }

    /** A source of the given plugins. */
    static ExtensionSource of(HostedPlugin... plugins) {
        return of(List.of(plugins));
    }
}
