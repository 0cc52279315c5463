package net.mspbridge.host.logging;

import java.util.List;

import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggerContextListener;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;

/**
 * Keeps raw HTTP headers out of the log, whatever levels an administrator sets: Jetty at DEBUG writes
 * every header it parses or sends, and headers carry credentials: the host's session cookie, and the
 * Autotask secret and Kaspersky password that the plugin sends to the demo sandboxes, which serve in
 * this same process. Events below INFO from the loggers that print headers are dropped; everything else
 * passes untouched.
 *
 * <p>{@link #install()} is idempotent and thread-safe; the guard stays in place when logback is
 * reconfigured (a reset removes turbo filters, so a listener puts it back).
 */
public final class HeaderLogGuard extends TurboFilter {

    /** Loggers that print header values at DEBUG: Jetty's parser, generator and fields, and its events handler. */
    static final List<String> HEADER_LOGGERS = List.of("org.eclipse.jetty.http.", "org.eclipse.jetty.server.handler.EventsHandler");

    private HeaderLogGuard() {
        setName("host-header-log-guard");
    }

    /** Puts the guard in place, when the process logs through logback (otherwise there is nothing to guard). */
    public static void install() {
        ILoggerFactory factory = LoggerFactory.getILoggerFactory();
        if (factory instanceof LoggerContext context) {
            synchronized (HeaderLogGuard.class) {
                addTo(context);
                if (context.getCopyOfListenerList().stream().noneMatch(Reinstaller.class::isInstance)) {
                    context.addListener(new Reinstaller());
                }
            }
        }
    }

    private static void addTo(LoggerContext context) {
        if (context.getTurboFilterList().stream().noneMatch(HeaderLogGuard.class::isInstance)) {
            HeaderLogGuard guard = new HeaderLogGuard();
            guard.setContext(context);
            guard.start();
            context.addTurboFilter(guard);
        }
    }

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        if (level == null || level.isGreaterOrEqual(Level.INFO)) {
            return FilterReply.NEUTRAL;
        }
        String name = logger.getName();
        for (String prefix : HEADER_LOGGERS) {
            if (name.startsWith(prefix)) {
                return FilterReply.DENY;
            }
        }
        return FilterReply.NEUTRAL;
    }

    /** Puts the guard back after logback resets (reconfiguration clears turbo filters). */
    private static final class Reinstaller implements LoggerContextListener {

        @Override
        public boolean isResetResistant() {
            return true;
        }

        @Override
        public void onStart(LoggerContext context) {
            addTo(context);
        }

        @Override
        public void onReset(LoggerContext context) {
            addTo(context);
        }

        @Override
        public void onStop(LoggerContext context) {
            // Nothing is logged after the context stops.
        }

        @Override
        public void onLevelChange(Logger logger, Level level) {
            // Levels do not matter to the guard: it decides per event.
        }
    }
}
