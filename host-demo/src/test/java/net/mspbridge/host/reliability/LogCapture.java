package net.mspbridge.host.reliability;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.UnsynchronizedAppenderBase;

/**
 * Every log event of this JVM, of every logger at every level (the levels are opened to ALL while it
 * captures, then put back), kept as the full text a log file would get: the formatted message, the
 * logger, the MDC and the whole stack trace with causes and suppressed exceptions. Plugins log
 * through the host's SLF4J, so theirs are here too. The console is muted meanwhile. Thread-safe.
 */
final class LogCapture implements AutoCloseable {

    private final LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    private final Map<Logger, Level> levels = new HashMap<>();
    private final List<String> lines = new ArrayList<>();
    private final List<ch.qos.logback.core.Appender<ILoggingEvent>> muted = new ArrayList<>();
    // Unsynchronized: formatting a message can call toString on a logging library's own objects, which may
    // take their locks; a synchronized appender then deadlocks against a thread that logs while holding one.
    private final UnsynchronizedAppenderBase<ILoggingEvent> appender = new UnsynchronizedAppenderBase<>() {
        @Override
        protected void append(ILoggingEvent event) {
            StringBuilder text = new StringBuilder(event.getLevel() + " " + event.getLoggerName() + " "
                    + event.getThreadName() + " " + event.getMDCPropertyMap() + " " + event.getFormattedMessage());
            IThrowableProxy thrown = event.getThrowableProxy();
            if (thrown != null) {
                text.append('\n').append(ThrowableProxyUtil.asString(thrown));
            }
            synchronized (lines) {
                lines.add(text.toString());
            }
        }
    };

    LogCapture() {
        for (Logger logger : context.getLoggerList()) {
            if (logger.getLevel() != null) {
                levels.put(logger, logger.getLevel());
                logger.setLevel(Level.ALL);
            }
        }
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        levels.put(root, root.getLevel());
        root.setLevel(Level.ALL);
        // The console would print every TRACE line of Jetty and H2: it is muted while capturing.
        root.iteratorForAppenders().forEachRemaining(muted::add);
        muted.forEach(root::detachAppender);
        appender.setContext(context);
        appender.setName("reliability-capture");
        appender.start();
        root.addAppender(appender);
    }

    List<String> lines() {
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }

    @Override
    public void close() {
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.detachAppender(appender);
        appender.stop();
        muted.forEach(root::addAppender);
        levels.forEach(Logger::setLevel);
    }
}
