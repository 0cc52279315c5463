package net.mspbridge.api.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import net.mspbridge.api.HostContext;
import net.mspbridge.api.settings.SettingsValues;

class EvidenceSinkTest {

    @Test
    void aContextMadeAsBefore13HasTheAbsentSinkWhichRecordsNothing() {
        HostContext context = new HostContext(SettingsValues.empty(), Secrets.none(), Clock.systemUTC(),
                PluginStore.inMemory(), Optional.empty());

        assertThat(context.evidence()).isSameAs(EvidenceSink.absent());
        assertThat(context.evidence().isPresent()).isFalse();
        try (CustomerEvidence customer = context.evidence().open("1", "Acme")) {
            customer.add(new DeviceEvidence("h1", "PC-1", "Windows 11", "Windows workstations", "KES", "K-1", 1, ""));
            customer.discard();
        }
        context.evidence().assign(EvidenceAssignment.toLine("1", "KES", "Windows workstations", "100", "10"));
    }

    @Test
    void theSinkTravelsWithProposedSettings() {
        EvidenceSink sink = EvidenceSink.absent();
        HostContext context = new HostContext(SettingsValues.empty(), Secrets.none(), Clock.systemUTC(),
                PluginStore.inMemory(), Optional.empty()).withEvidence(sink);

        assertThat(context.withSettings(SettingsValues.empty(), Secrets.none()).evidence()).isSameAs(sink);
    }

    @Test
    void anAssignmentNamesALineOrAReasonNeverBoth() {
        assertThatThrownBy(() -> new EvidenceAssignment("1", "KES", "Users", "100", "10", "why"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EvidenceAssignment("1", "KES", "Users", "", "", ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EvidenceAssignment("1", "KES", "Users", "100", "", ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(EvidenceAssignment.notCounted("1", "KES", "Users", "no service").notCounted()).isEqualTo("no service");
    }

    @Test
    void aRecordStandsForAtLeastOneUnitAndIsCountedWhenItGivesNoReason() {
        assertThatThrownBy(() -> new DeviceEvidence("", "Seats", "", "Users", "KES Cloud", "", 0, ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new DeviceEvidence("", "Seats", "", "Users", "KES Cloud", "12 users", 12, "").counted()).isTrue();
        assertThat(new DeviceEvidence("h", "PC", "", "", "KES", "", 1, "on a trial key").counted()).isFalse();
    }
}
