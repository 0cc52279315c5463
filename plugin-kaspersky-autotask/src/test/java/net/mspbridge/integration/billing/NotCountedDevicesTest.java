package net.mspbridge.integration.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

import net.mspbridge.api.billing.NotCounted;
import net.mspbridge.integration.kaspersky.CustomerUsage;
import net.mspbridge.integration.kaspersky.DeviceCategory;
import net.mspbridge.integration.kaspersky.KasperskyCustomer;
import net.mspbridge.integration.kaspersky.NotBilledReason;
import net.mspbridge.integration.settings.CompanyMapping;
import net.mspbridge.integration.settings.CompanyMappings;

class NotCountedDevicesTest {

    private static final KasperskyCustomer CONTOSO = new KasperskyCustomer("12", "Contoso");
    private static final KasperskyCustomer FABRIKAM = new KasperskyCustomer("15", "Fabrikam");
    private static final KasperskyCustomer NORTHWIND = new KasperskyCustomer("21", "Northwind");

    private static CompanyMappings mappings() {
        return new CompanyMappings(Map.of(
                "12", new CompanyMapping("12", 100, OptionalLong.of(1000), true),
                "15", new CompanyMapping("15", 101, OptionalLong.of(1001), false)));
    }

    @Test
    void aBilledCustomersDevicesLeftOutAreCountedPerReasonNamingUnknownProducts() {
        CustomerUsage contoso = CustomerUsage.builder(CONTOSO)
                .addDevice("kes-windows", DeviceCategory.WINDOWS_WORKSTATION)
                .notBilled(NotBilledReason.TRIAL_KEY).notBilled(NotBilledReason.TRIAL_KEY)
                .notBilled(NotBilledReason.RESERVE_KEY_ONLY)
                .unknownProduct("edrx")
                .build();

        List<NotCounted> notCounted = NotCountedDevices.of(List.of(contoso), List.of(), mappings(), List.of());

        assertThat(notCounted).extracting(n -> n.customer().id(), n -> n.customer().name(), NotCounted::devices)
                .containsExactly(tuple("12", "Contoso", 2), tuple("12", "Contoso", 1), tuple("12", "Contoso", 1));
        assertThat(notCounted).extracting(NotCounted::reason).containsExactly("on a trial key",
                "with a reserve key only, no active key", "running a product the plugin does not know (product id EDRX; update the plugin)");
    }

    @Test
    void customersNotBilledOrWithNothingLeftOutHaveNone() {
        CustomerUsage contoso = CustomerUsage.builder(CONTOSO).addDevice("kes-windows", DeviceCategory.WINDOWS_WORKSTATION)
                .build();
        CustomerUsage fabrikam = CustomerUsage.builder(FABRIKAM).notBilled(NotBilledReason.TRIAL_KEY).build();
        CustomerUsage northwind = CustomerUsage.builder(NORTHWIND).notBilled(NotBilledReason.TRIAL_KEY).build();

        assertThat(NotCountedDevices.of(List.of(contoso, fabrikam, northwind), List.of(), mappings(), List.of())).isEmpty();
    }

    @Test
    void hostsWithNoLicenceKeyAreCountedAsTheEvidenceListsThem() {
        CustomerUsage contoso = CustomerUsage.builder(CONTOSO).notBilled(NotBilledReason.TRIAL_KEY)
                .notBilled(NotBilledReason.NO_LICENCE_KEY).build();

        assertThat(NotCountedDevices.of(List.of(contoso), List.of(), mappings(), List.of()))
                .extracting(NotCounted::reason, NotCounted::devices)
                .containsExactly(tuple("on a trial key", 1),
                        tuple("with no licence key: no Kaspersky application uses a key on it", 1));
    }

    @Test
    void aCustomerWithBillingOffIsSaidOnceWithItsDevicesNotRead() {
        List<NotCounted> notCounted = NotCountedDevices.of(List.of(), List.of(), mappings(),
                List.of(BillingOffDevices.Listed.notRead(FABRIKAM)));

        assertThat(notCounted).extracting(n -> n.customer().id(), n -> n.customer().name(), NotCounted::reason,
                NotCounted::devices, NotCounted::devicesUnknown)
                .containsExactly(tuple("15", "Fabrikam", "customer billing off (Companies panel)",
                        0, true));
    }

    @Test
    void aCustomerWithBillingOffWhoseDevicesWereListedHasTheirCountAndWithNoneIsNotListed() {
        KasperskyCustomer tailspin = new KasperskyCustomer("30", "Tailspin");
        CustomerUsage contoso = CustomerUsage.builder(CONTOSO).notBilled(NotBilledReason.TRIAL_KEY).build();

        List<NotCounted> notCounted = NotCountedDevices.of(List.of(contoso), List.of(), mappings(), List.of(
                new BillingOffDevices.Listed(tailspin, OptionalInt.of(0)),
                new BillingOffDevices.Listed(FABRIKAM, OptionalInt.of(19))));

        assertThat(notCounted).extracting(n -> n.customer().id(), NotCounted::reason, NotCounted::devices,
                NotCounted::devicesUnknown).containsExactly(
                        tuple("12", "on a trial key", 1, false),
                        tuple("15", "customer billing off (Companies panel)", 19, false));
    }
}
