package net.mspbridge.integration.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import net.mspbridge.api.host.Secrets;

class RedactorTest {

    @Test
    void masksEverySecretValueAndALongerOneWhole() {
        Redactor redactor = Redactor.of(Secrets.of(Map.of("a", "hunter2", "b", "hunter2-and-more")));

        assertThat(redactor.scrub("x hunter2-and-more y hunter2 z")).isEqualTo("x ****** y ****** z");
    }

    @Test
    void ignoresAnEmptyValueInsteadOfMaskingEveryGap() {
        Redactor redactor = Redactor.of(List.of("", "pw"));

        assertThat(redactor.scrub("login pw")).isEqualTo("login ******");
    }

    @Test
    void scrubsNullToEmptyAndKeepsALoggableCopyFreeOfValues() {
        Redactor redactor = Redactor.of(List.of("pw"));

        assertThat(redactor.scrub(null)).isEmpty();
        RuntimeException copy = redactor.loggable(new IllegalStateException("bad pw", new RuntimeException("pw")));
        assertThat(copy.getMessage()).isEqualTo("java.lang.IllegalStateException: bad ******");
        assertThat(copy.getCause()).isNull();
    }
}
