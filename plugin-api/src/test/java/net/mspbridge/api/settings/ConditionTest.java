package net.mspbridge.api.settings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConditionTest {

    @Test
    void toggleWithNoStoredValueCountsAsOff() {
        SettingsValues none = SettingsValues.empty();

        assertThat(Condition.whenOff("t").holds(none)).isTrue();
        assertThat(Condition.whenOn("t").holds(none)).isFalse();
    }

    @Test
    void followsTheCurrentValue() {
        SettingsValues on = SettingsValues.empty().with("t", "true").with("solution", "ksc");

        assertThat(Condition.whenOn("t").holds(on)).isTrue();
        assertThat(Condition.whenOff("t").holds(on)).isFalse();
        assertThat(Condition.whenEquals("solution", "ksc").holds(on)).isTrue();
        assertThat(Condition.whenEquals("solution", "kbh").holds(on)).isFalse();
    }
}
