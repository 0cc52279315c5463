package net.mspbridge.host.demo.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The formulas the benchmark judges against: the fewest calls and the least wall time. */
class CallMathTest {

    @Nested
    class MinimumPages {

        @Test
        void oneReadNeedsAPagePer500RowsAndAQueryPer500Ids() {
            assertThat(Workload.minimumPages(2_000, 2_000)).isEqualTo(4);
            assertThat(Workload.minimumPages(2_000, 12_600)).isEqualTo(26);
            assertThat(Workload.minimumPages(2_000, 56_500)).isEqualTo(113);
            assertThat(Workload.minimumPages(7, 7)).isEqualTo(1);
            assertThat(Workload.minimumPages(501, 10)).isEqualTo(2);
        }

        @Test
        void aReadWithNoIdsIsNotMadeAndAReadWithNoRowsStillTakesOnePage() {
            assertThat(Workload.minimumPages(0, 0)).isZero();
            assertThat(Workload.minimumPages(3, 0)).isEqualTo(1);
        }
    }

    @Nested
    class Ideal {

        @Test
        void readsCostTheLatencyEachAndCreatesCostItPerThree() {
            // 500 reads in series, 13,000 creates three at a time: (500 + 4,334) * 20 ms.
            assertThat(IdealTime.millis(13_500, 13_000, 3, Duration.ofMillis(20))).isEqualTo(96_680);
        }

        @Test
        void oneAtATimeEveryCallCostsTheLatency() {
            assertThat(IdealTime.millis(15_000, 13_000, 1, Duration.ofMillis(20))).isEqualTo(300_000);
        }

        @Test
        void withoutLatencyTheIdealIsZero() {
            assertThat(IdealTime.millis(100, 90, 3, Duration.ZERO)).isZero();
        }

        @Test
        void thePluginUsesAtMostThreeCreatesAtOnceEvenWhereMoreAreAllowed() {
            assertThat(IdealTime.pluginParallel(16)).isEqualTo(3);
            assertThat(IdealTime.pluginParallel(2)).isEqualTo(2);
        }

        @Test
        void moreCreatesThanCallsIsAnError() {
            assertThatThrownBy(() -> IdealTime.millis(5, 6, 3, Duration.ofMillis(1))).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Physical {

        @Test
        void theAutotaskSideIsItsBusiestEndpointAtThreeInFlightTheOthersRunBesideIt() {
            PhysicalLimit limit = PhysicalLimit.of(java.util.Map.of("ContractServiceAdjustments", 140L, "ContractServiceUnits", 113L,
                    "Companies", 4L), 3, Duration.ofMillis(250), 0, 3, Duration.ofMillis(50));
            // ceil(140 / 3) = 47 round trips of 250 ms.
            assertThat(limit.autotaskMillis()).isEqualTo(11_750);
            assertThat(limit.kscMillis()).isZero();
            assertThat(limit.millis()).isEqualTo(11_750);
        }

        @Test
        void theKscSideIsItsCallsAtTheLatencyOverTheSessionsReadSideBySide() {
            // 50,003 calls at 50 ms over 3 sessions: about 14 minutes, the figure.
            PhysicalLimit limit = PhysicalLimit.of(java.util.Map.of("Contracts", 4L), 3, Duration.ofMillis(250), 50_003, 3,
                    Duration.ofMillis(50));
            assertThat(limit.kscMillis()).isEqualTo(833_383);
            assertThat(limit.millis()).isEqualTo(833_383);
            assertThat(limit.kscSessions()).isEqualTo(3);
        }

        @Test
        void noSessionSeenCountsAsOneAndNoCallsCostNothing() {
            PhysicalLimit limit = PhysicalLimit.of(java.util.Map.of(), 3, Duration.ofMillis(20), 10, 0, Duration.ofMillis(5));
            assertThat(limit.kscSessions()).isEqualTo(1);
            assertThat(limit.kscMillis()).isEqualTo(50);
            assertThat(limit.autotaskMillis()).isZero();
        }
    }
}
