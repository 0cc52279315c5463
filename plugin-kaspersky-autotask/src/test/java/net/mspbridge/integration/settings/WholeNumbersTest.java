package net.mspbridge.integration.settings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WholeNumbersTest {

    @Test
    void bothEndsOfTheRangeAreIn() {
        assertThat(WholeNumbers.inRange("10", 10, 90)).contains(10);
        assertThat(WholeNumbers.inRange("90", 10, 90)).contains(90);
        assertThat(WholeNumbers.inRange("1", 1, 1)).contains(1);
    }

    @Test
    void oneBeyondEitherEndIsOut() {
        assertThat(WholeNumbers.inRange("9", 10, 90)).isEmpty();
        assertThat(WholeNumbers.inRange("91", 10, 90)).isEmpty();
        assertThat(WholeNumbers.inRange("0", 1, 8)).isEmpty();
        assertThat(WholeNumbers.inRange("-1", 0, 8)).isEmpty();
    }

    @Test
    void theLargestIntIsInAnOpenEndedRangeAndOneMoreIsNoNumber() {
        assertThat(WholeNumbers.inRange("2147483647", 1, Integer.MAX_VALUE)).contains(Integer.MAX_VALUE);
        assertThat(WholeNumbers.inRange("2147483648", 1, Integer.MAX_VALUE)).isEmpty();
    }

    @Test
    void aSignIsReadAsParseIntReadsIt() {
        assertThat(WholeNumbers.inRange("+5", 1, 8)).contains(5);
        assertThat(WholeNumbers.inRange("-3", -5, 8)).contains(-3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "5 ", " 5", "5.0", "1e2", "five", "0x10", "--5", "5%"})
    void textThatIsNotAWholeNumberAsTypedIsEmpty(String text) {
        assertThat(WholeNumbers.inRange(text, 0, 100)).isEmpty();
    }
}
