package net.mspbridge.integration.autotask;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;

import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;

/**
 * Captures all log output of the client's side while open: every SLF4J event at TRACE and up on the
 * root logger (with its exception chain), and OkHttp's own java.util.logging output at every level.
 * MockWebServer's logs are not captured: they belong to the fake server, not to the client.
 */
final class LogCapture implements AutoCloseable {

    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final Level previousLevel = root.getLevel();
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final java.util.logging.Logger okhttp = java.util.logging.Logger.getLogger("okhttp3");
    private final java.util.logging.Level previousJulLevel = okhttp.getLevel();
    private final List<String> julLines = new CopyOnWriteArrayList<>();
    private final Handler julHandler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            julLines.add(record.getLoggerName() + " " + record.getMessage() + " " + record.getThrown());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    LogCapture() {
        root.setLevel(Level.TRACE);
        appender.start();
        root.addAppender(appender);
        okhttp.setLevel(java.util.logging.Level.ALL);
        okhttp.addHandler(julHandler);
    }

    /** Every captured line: formatted message, logger, and each exception in the chain with its message. */
    List<String> lines() {
        List<String> lines = new ArrayList<>(julLines);
        for (ILoggingEvent event : appender.list) {
            StringBuilder line = new StringBuilder(event.getLoggerName()).append(' ').append(event.getFormattedMessage());
            for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
                line.append(" | ").append(t.getClassName()).append(": ").append(t.getMessage());
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** The number of SLF4J events from the Autotask client's logger. */
    long clientEvents() {
        return appender.list.stream().filter(e -> e.getLoggerName().startsWith("net.mspbridge.integration.autotask"))
                .count();
    }

    @Override
    public void close() {
        root.detachAppender(appender);
        root.setLevel(previousLevel);
        okhttp.removeHandler(julHandler);
        okhttp.setLevel(previousJulLevel);
    }
}
