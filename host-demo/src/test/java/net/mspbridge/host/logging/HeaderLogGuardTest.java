package net.mspbridge.host.logging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

class HeaderLogGuardTest {

    private final LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    private final ListAppender<ILoggingEvent> seen = new ListAppender<>();
    private final Logger parser = context.getLogger("org.eclipse.jetty.http.HttpParser");
    private final Logger events = context.getLogger("org.eclipse.jetty.server.handler.EventsHandler");
    private final Logger other = context.getLogger("org.eclipse.jetty.server.Server");
    private final Logger host = context.getLogger("net.mspbridge.host.SomeClass");

    @BeforeEach
    void capture() {
        HeaderLogGuard.install();
        seen.start();
        for (Logger logger : new Logger[] {parser, events, other, host}) {
            logger.setLevel(Level.TRACE);
            logger.addAppender(seen);
            logger.setAdditive(false);
        }
    }

    @AfterEach
    void release() {
        for (Logger logger : new Logger[] {parser, events, other, host}) {
            logger.detachAppender(seen);
            logger.setLevel(null);
            logger.setAdditive(true);
        }
    }

    @Test
    void headersLoggedBelowInfoByJettysParserAndEventsNeverReachTheLogEvenWithTheirLevelsOpen() {
        parser.debug("parsedHeader headerString=[Secret], valueString=[{}]", "the-secret");
        parser.trace("HEADER:IN_VALUE --> FIELD(Cookie: host_session=abc)");
        events.debug("onResponseBegin headers=Set-Cookie: host_session=abc");

        assertThat(seen.list).isEmpty();
    }

    @Test
    void everythingElsePassesUntouched() {
        parser.warn("bad message: 400");
        other.debug("Started Server@1");
        host.trace("a host line");

        assertThat(seen.list).extracting(ILoggingEvent::getFormattedMessage)
                .containsExactly("bad message: 400", "Started Server@1", "a host line");
    }

    @Test
    void installingTwiceAddsOneGuard() {
        HeaderLogGuard.install();
        HeaderLogGuard.install();

        assertThat(context.getTurboFilterList()).filteredOn(HeaderLogGuard.class::isInstance).hasSize(1);
    }
}
