package net.mspbridge.api.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SecretsTest {

    @Test
    void secretNeverShowsItsValueWhenPrinted() {
        Secret secret = Secret.of("hunter2");

        assertThat(secret.toString()).doesNotContain("hunter2");
        assertThat("password=" + secret).isEqualTo("password=******");
        assertThat(secret.reveal()).isEqualTo("hunter2");
    }

    @Test
    void secretsListKeysButNotValues() {
        Secrets secrets = Secrets.of(Map.of("autotask.secret", "s3cr3t", "ksc.password", "pa55"));

        assertThat(secrets.toString()).contains("autotask.secret", "ksc.password").doesNotContain("s3cr3t", "pa55");
        assertThat(secrets.get("autotask.secret")).map(Secret::reveal).contains("s3cr3t");
    }

    @Test
    void blankValuesCountAsNotSet() {
        Map<String, String> values = new HashMap<>();
        values.put("a", " ");
        values.put("b", null);

        Secrets secrets = Secrets.of(values);

        assertThat(secrets.keys()).isEmpty();
        assertThat(secrets.get("a")).isEmpty();
    }

    @Test
    void blankSecretIsRefused() {
        assertThatThrownBy(() -> Secret.of("")).isInstanceOf(IllegalArgumentException.class);
    }
}
