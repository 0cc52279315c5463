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
}
