package net.mspbridge.integration.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

import net.mspbridge.api.billing.Problem;
import net.mspbridge.api.billing.ProblemKind;
import net.mspbridge.integration.kaspersky.CustomerUsage;
import net.mspbridge.integration.kaspersky.DeviceCategory;
import net.mspbridge.integration.kaspersky.KasperskyCustomer;
import net.mspbridge.integration.kaspersky.NotBilledReason;
import net.mspbridge.integration.settings.CompanyMapping;
import net.mspbridge.integration.settings.CompanyMappings;

class NotBilledProblemsTest {

    private static final KasperskyCustomer CONTOSO = new KasperskyCustomer("12", "Contoso");
    private static final KasperskyCustomer FABRIKAM = new KasperskyCustomer("15", "Fabrikam");
    private static final KasperskyCustomer NORTHWIND = new KasperskyCustomer("21", "Northwind");

    private static CompanyMappings mappings() {
        return new CompanyMappings(Map.of(
                "12", new CompanyMapping("12", 100, OptionalLong.of(1000), true),
                "15", new CompanyMapping("15", 101, OptionalLong.of(1001), false)));
    }

    @Test
    void aBilledCustomerGetsOneProblemCountingEveryDeviceLeftOutPerReasonNamingUnknownProducts() {
        CustomerUsage contoso = CustomerUsage.builder(CONTOSO)
                .addDevice("kes-windows", DeviceCategory.WINDOWS_WORKSTATION)
                .notBilled(NotBilledReason.TRIAL_KEY).notBilled(NotBilledReason.TRIAL_KEY)
                .notBilled(NotBilledReason.RESERVE_KEY_ONLY)
                .unknownProduct("edrx")
                .build();

        List<Problem> problems = NotBilledProblems.of(List.of(contoso), mappings());

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(ProblemKind.OTHER);
            assertThat(problem.subject()).isEqualTo("Contoso / devices not billed");
            assertThat(problem.units()).isEqualTo(4);
            assertThat(problem.message()).contains("At Contoso, 4 devices were seen but not billed", "2 on a trial key",
                    "1 with a reserve key only, no active key", "1 running a product the plugin does not know (product id EDRX");
        });
    }

    @Test
    void customersNotBilledOrWithNothingLeftOutGetNone() {
        CustomerUsage contoso = CustomerUsage.builder(CONTOSO).addDevice("kes-windows", DeviceCategory.WINDOWS_WORKSTATION)
                .build();
        CustomerUsage fabrikam = CustomerUsage.builder(FABRIKAM).notBilled(NotBilledReason.TRIAL_KEY).build();
        CustomerUsage northwind = CustomerUsage.builder(NORTHWIND).notBilled(NotBilledReason.TRIAL_KEY).build();

        assertThat(NotBilledProblems.of(List.of(contoso, fabrikam, northwind), mappings())).isEmpty();
    }
}
