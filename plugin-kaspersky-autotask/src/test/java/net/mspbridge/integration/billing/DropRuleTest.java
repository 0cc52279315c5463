package net.mspbridge.integration.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DropRuleTest {

    private static Optional<DropReason> expected(String reason) {
        return reason == null || reason.isBlank() ? Optional.empty() : Optional.of(DropReason.valueOf(reason));
    }

    @Nested
    class WithDefaults {

        /** Units of one (contract, service): per device, per user seat, or a contract's customers together. */
        @ParameterizedTest(name = "{0}: {1} -> {2}, silent {3} => {4}")
        @CsvSource(nullValues = "-", value = {
                // case,                                          in force, wanted, silent, held because
                "increase is never held,                               10,  40, false, -",
                "increase with a silent customer is never held,        10,  12, true,  -",
                "unchanged,                                            10,  10, false, -",
                "unchanged with a silent customer,                     10,  10, true,  -",
                "exactly half lost is not more than the share,         10,   5, false, -",
                "more than half lost,                                  10,   4, false, SHARE",
                "one unit lost of three is a third,                     3,   2, false, -",
                "two units lost of three,                               3,   1, false, SHARE",
                "to zero from the threshold,                            5,   0, false, TO_ZERO",
                "to zero from above the threshold,                    120,   0, false, TO_ZERO",
                "to zero below the threshold is a full loss (share),  4,   0, false, SHARE",
                "one seat to zero is a full loss,                       1,   0, false, SHARE",
                "small decrease of a big contract,                    200, 190, false, -",
                "silent customer holds any decrease,                  200, 190, true,  CUSTOMER_SILENT",
                "silent customer that fell to zero,                    12,   0, true,  CUSTOMER_SILENT",
                "several customers on one contract: one of two gone,   20,  11, false, -",
                "several customers: the total still above half,        20,  10, false, -",
                "several customers: the total below half,              20,   9, false, SHARE",
                "per-user seats: 30 users to 14,                       30,  14, false, SHARE",
                "per-user seats: 30 users to 16,                       30,  16, false, -",
                "category billing off: devices together 50 to 26,      50,  26, false, -",
                "category billing on: servers alone 6 to 0,             6,   0, false, TO_ZERO",
                "nothing in force and nothing wanted,                   0,   0, false, -",
                "a large contract does not overflow,           2000000000,   1, false, SHARE",
        })
        void judges(String name, int inForce, int wanted, boolean silent, String reason) {
            assertEquals(expected(reason), DropRule.DEFAULTS.judge(inForce, wanted, silent), name);
        }
    }

    @Nested
    class WithSetNumbers {

        @ParameterizedTest(name = "share {0}%, zero from {1}: {2} -> {3} => {4}")
        @CsvSource(nullValues = "-", value = {
                "20, 5,  10,  7, SHARE",
                "20, 5,  10,  8, -",
                "90, 5,  10,  1, -",
                "90, 5,  10,  0, TO_ZERO",
                "99, 50, 10,  0, SHARE",
                "99, 50, 60,  0, TO_ZERO",
                "99, 50, 49,  0, SHARE",
                "99, 1,   1,  0, TO_ZERO",
        })
        void judges(int share, int zeroFrom, int inForce, int wanted, String reason) {
            assertEquals(expected(reason), new DropRule(true, share, zeroFrom).judge(inForce, wanted, false));
        }
    }

    @Nested
    class TurnedOff {

        @ParameterizedTest
        @CsvSource({"10, 0, true", "10, 0, false", "100, 1, false", "5, 4, true"})
        void holdsNothing(int inForce, int wanted, boolean silent) {
            assertEquals(Optional.empty(), DropRule.OFF.judge(inForce, wanted, silent));
        }
    }

    @Nested
    class Numbers {

        @Test
        void shareMustBeAPercentageBelowAHundred() {
            assertThrows(IllegalArgumentException.class, () -> new DropRule(true, 0, 5));
            assertThrows(IllegalArgumentException.class, () -> new DropRule(true, 100, 5));
        }

        @Test
        void zeroThresholdMustBePositive() {
            assertThrows(IllegalArgumentException.class, () -> new DropRule(true, 50, 0));
        }
    }
}
