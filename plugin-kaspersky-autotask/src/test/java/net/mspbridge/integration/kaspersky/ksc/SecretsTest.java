package net.mspbridge.integration.kaspersky.ksc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import net.mspbridge.integration.kaspersky.ApplicationCatalog;
import net.mspbridge.integration.kaspersky.KasperskyCustomer;
import net.mspbridge.integration.kaspersky.UsageSource;

/** The password never shows: not in logs at any level, not in errors, not in the settings' text. */
class SecretsTest {

    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private Level rootLevel;
    private FakeKsc ksc;

    @BeforeEach
    void start() {
        rootLevel = root.getLevel();
        root.setLevel(Level.ALL);
        logs.start();
        root.addAppender(logs);
        ksc = FakeKsc.start();
        ksc.addVirtualServer(12, "Contoso").fixture("contoso");
    }

    @AfterEach
    void stop() {
        root.detachAppender(logs);
        root.setLevel(rootLevel);
        ksc.close();
    }

    @Test
    void neverAppearsInLogsErrorsOrSettings() {
        ksc.expireSessionOn("ChunkAccessor.GetItemsChunk", 2);
        ksc.failOn("ChunkAccessor.Release", 1, () -> KscWire.pxgError(200, -1, "Release failed"));
        KscSettings settings = ksc.settings().chunkSize(4).build();
        UsageSource source = SecurityCenter.usageSource(settings, ApplicationCatalog.load(), LocalDate.of(2026, 6, 15));
        source.usage(List.of(new KasperskyCustomer("12", "Contoso")));
        ksc.failOn("VServers.GetVServers", 2, () -> KscWire.pxgError(500, -1, "Boom"));
        Throwable failure = catchThrowable(source::customers);

        List<String> texts = new ArrayList<>();
        for (ILoggingEvent event : logs.list) {
            texts.add(event.getFormattedMessage());
            if (event.getThrowableProxy() != null) {
                texts.add(ThrowableProxyUtil.asString(event.getThrowableProxy()));
            }
        }
        texts.add(String.valueOf(failure));
        texts.add(settings.toString());
        texts.add(SecurityCenter.testConnection(settings).toString());

        String base64 = Base64.getEncoder().encodeToString(FakeKsc.PASSWORD.getBytes(StandardCharsets.UTF_8));
        assertThat(logs.list).as("the run was logged").isNotEmpty();
        assertThat(texts).noneMatch(text -> text.contains(FakeKsc.PASSWORD) || text.contains(base64));
    }
}
