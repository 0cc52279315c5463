package net.mspbridge.integration.mapping;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

import net.mspbridge.api.HostContext;
import net.mspbridge.integration.kaspersky.CustomerUsage;
import net.mspbridge.integration.kaspersky.KasperskyCustomer;
import net.mspbridge.integration.kaspersky.UsageSource;

/** Ports over fakes: what each factory method returns is set by the test; the calls are recorded. */
final class FakePorts implements SettingsPorts {

    final FakeDirectory directory = new FakeDirectory();
    final FakeAutotaskProbe autotaskProbe = new FakeAutotaskProbe();
    final FakeKscCheck kscCheck = new FakeKscCheck();
    final List<KasperskyCustomer> customers = new ArrayList<>();
    /** Customers Kaspersky knows outside the virtual server scope: not listed as rows. */
    final List<KasperskyCustomer> outsideScope = new ArrayList<>();
    final List<String> built = new ArrayList<>();
    private Supplier<RuntimeException> buildFailure;
    /** When set, listing the customers throws this, as Kaspersky out of reach or a scope it lacks. */
    Supplier<RuntimeException> customersFailure;

    FakePorts customer(String id, String name) {
        customers.add(new KasperskyCustomer(id, name));
        return this;
    }

    /** Every factory method throws this, as when the settings are incomplete. */
    FakePorts failToBuild(Supplier<RuntimeException> failure) {
        this.buildFailure = failure;
        return this;
    }

    private void build(String what) {
        built.add(what);
        if (buildFailure != null) {
            throw buildFailure.get();
        }
    }

    @Override
    public AutotaskDirectory autotaskDirectory(HostContext context) {
        build("autotaskDirectory");
        return directory;
    }

    @Override
    public AutotaskConnectionProbe autotaskProbe(HostContext context) {
        build("autotaskProbe");
        return autotaskProbe;
    }

    @Override
    public KscConnectionCheck kscConnectionCheck(HostContext context) {
        build("kscConnectionCheck");
        return kscCheck;
    }

    @Override
    public UsageSource usageSource(HostContext context) {
        build("usageSource");
        return new UsageSource() {
            @Override
            public List<KasperskyCustomer> customers() {
                if (customersFailure != null) {
                    throw customersFailure.get();
                }
                return List.copyOf(customers);
            }

            @Override
            public List<KasperskyCustomer> outsideScope() {
                return List.copyOf(outsideScope);
            }

            @Override
            public List<CustomerUsage> usage(Collection<KasperskyCustomer> asked) {
                throw new UnsupportedOperationException("the panels never read usage");
            }
        };
    }
}
