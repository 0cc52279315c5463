package net.mspbridge.integration.autotask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import net.mspbridge.api.host.Secret;

class AutotaskConfigTest {

    private static AutotaskConfig.Builder valid() {
        return AutotaskConfig.builder("api-user@example.com", Secret.of("S3cr3t-Value-9xQ"), "TRACKING-ID-4F2K9");
    }

    @Nested
    class Config {

        @Test
        void toStringShowsNoCredential() {
            String text = valid().impersonationResourceId(12).build().toString();

            assertThat(text).doesNotContain("api-user@example.com", "S3cr3t-Value-9xQ", "TRACKING-ID-4F2K9")
                    .contains("impersonationResourceId=OptionalLong[12]");
        }

        @Test
        void aBlankUserNameSaysWhereToEnterIt() {
            assertThatThrownBy(() -> AutotaskConfig.builder(" ", Secret.of("x"), "code").build())
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("The Autotask API user name is empty: enter it on the Connection panel");
        }

        @Test
        void aSecretThatCannotBeSentIsRefusedWithoutShowingIt() {
            assertThatThrownBy(() -> AutotaskConfig.builder("user", Secret.of("päss-wört"), "code").build())
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("API secret").hasMessageContaining("position 2")
                    .hasMessageNotContaining("päss");
        }

        @Test
        void theBaseUrlOverrideMustBeAPlainHttpAddress() {
            assertThatThrownBy(() -> valid().baseUrlOverride(URI.create("ftp://127.0.0.1/x/")).build())
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("absolute http(s) address");
            assertThatThrownBy(() -> valid().baseUrlOverride(URI.create("http://127.0.0.1:8081/ATServicesRest/?a=b"))
                    .build()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("query");
            assertThatThrownBy(() -> valid().baseUrlOverride(URI.create("ATServicesRest/")).build())
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(valid().baseUrlOverride(URI.create("http://127.0.0.1:8081/ATServicesRest/")).build()
                    .baseUrlOverride()).hasValue(URI.create("http://127.0.0.1:8081/ATServicesRest/"));
        }

        @Test
        void theImpersonationIdMustBeAResourceId() {
            assertThatThrownBy(() -> valid().impersonationResourceId(0).build())
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("impersonation");
        }
    }

    @Nested
    class Options {

        @Test
        void defaultsFollowAutotasksLimits() {
            AutotaskOptions defaults = AutotaskOptions.defaults();

            assertThat(defaults.maxInFlightPerEndpoint()).isEqualTo(3);
            assertThat(defaults.budgetShare()).isEqualTo(0.5);
            assertThat(defaults.budgetRecheckCalls()).isEqualTo(100);
            assertThat(defaults.budgetRecheckInterval()).isEqualTo(Duration.ofSeconds(60));
            assertThat(defaults.zoneLookupBase()).isEqualTo(URI.create("https://webservices.autotask.net/ATServicesRest/"));
            assertThat(defaults.callTimeout()).isGreaterThan(defaults.readTimeout());
        }

        @Test
        void aBudgetShareOutsideZeroToOneIsRefused() {
            assertThatThrownBy(() -> AutotaskOptions.builder().budgetShare(1.5).build())
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("budgetShare");
            assertThatThrownBy(() -> AutotaskOptions.builder().budgetShare(0).build())
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void aNegativeBudgetRecheckIntervalIsRefusedAndZeroMeansByCountAlone() {
            assertThatThrownBy(() -> AutotaskOptions.builder().budgetRecheckInterval(Duration.ofSeconds(-1)).build())
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("budgetRecheckInterval")
                    .hasMessageContaining("0 = re-read after every budgetRecheckCalls calls");
            assertThat(AutotaskOptions.builder().budgetRecheckInterval(Duration.ZERO).build().budgetRecheckInterval())
                    .isZero();
        }

        @Test
        void moreThanThreeInFlightIsRefusedBecauseAutotaskWouldAnswer429() {
            assertThatThrownBy(() -> AutotaskOptions.builder().maxInFlightPerEndpoint(4).build())
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("429");
        }

        @Test
        void theCallTimeoutMustLeaveRoomAfterWaitingForASlot() {
            assertThatThrownBy(() -> AutotaskOptions.builder().callTimeout(Duration.ofSeconds(10))
                    .inFlightWait(Duration.ofSeconds(10)).build())
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("inFlightWait");
        }

        @Test
        void zeroTimeoutsAreRefused() {
            assertThatThrownBy(() -> AutotaskOptions.builder().readTimeout(Duration.ZERO).build())
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("readTimeout");
        }

        @Test
        void toBuilderKeepsEveryOption() {
            AutotaskOptions options = Fixtures.fastOptions().budgetShare(0.3).budgetRecheckCalls(7)
                    .budgetRecheckInterval(Duration.ofSeconds(17)).build();

            assertThat(options.toBuilder().build()).isEqualTo(options);
        }
    }
}
