package net.mspbridge.integration.plugin;

import java.util.ArrayDeque;
import java.util.Deque;

import jakarta.inject.Singleton;

/**
 * What must be released when the plugin stops. Components that hold threads or connections
 * register a hook here when they are built.
 */
@Singleton
final class Shutdown implements Runnable {

    private final Deque<Runnable> hooks = new ArrayDeque<>();

    synchronized void register(Runnable hook) {
        hooks.push(hook);
    }

    @Override
    public synchronized void run() {
        // Released in the reverse order of registration, as later components may use earlier ones.
        while (!hooks.isEmpty()) {
            hooks.pop().run();
        }
    }
}
