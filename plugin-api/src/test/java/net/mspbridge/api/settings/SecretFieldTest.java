package net.mspbridge.api.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The 1.1 destination of a secret, added without breaking 1.0 code. */
class SecretFieldTest {

    @Test
    void theConstructorAndFactoryOf10DeclareNoDestination() {
        SecretField old = new SecretField("api.secret", "API secret", "", true, List.of());

        assertThat(old.destinationKeys()).isEmpty();
        assertThat(SecretField.of("api.secret", "API secret", "", true).destinationKeys()).isEmpty();
    }

    @Test
    void aSecretIsSentWhereItsDestinationFieldsSay() {
        SecretField secret = SecretField.of("ksc.password", "Password", "", true).sentTo("ksc.address", "ksc.pin");

        assertThat(secret.destinationKeys()).containsExactly("ksc.address", "ksc.pin");
        assertThat(secret.key()).isEqualTo("ksc.password");
        assertThat(secret.required()).isTrue();
    }

    @Test
    void aDestinationMustBeAnotherFieldNamedOnce() {
        SecretField secret = SecretField.of("api.secret", "API secret", "", true);

        assertThatThrownBy(() -> secret.sentTo("api.secret")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot name itself");
        assertThatThrownBy(() -> secret.sentTo("api.url", "api.url")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> secret.sentTo("")).isInstanceOf(IllegalArgumentException.class);
    }
}
