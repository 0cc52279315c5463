package net.mspbridge.host.reliability;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import net.mspbridge.host.sandbox.autotask.AutotaskData;
import net.mspbridge.host.sandbox.seed.CustomerLink;
import net.mspbridge.host.sandbox.seed.DemoData;
import net.mspbridge.host.sandbox.seed.DemoMapping;
import net.mspbridge.host.sandbox.seed.SandboxSeed;
import net.mspbridge.host.sandbox.seed.ServiceLink;
import net.mspbridge.host.sandbox.ksc.KscData;
import net.mspbridge.host.sandbox.ksc.KscDevice;

/**
 * What changes between two runs of a scenario, the way it changes for an MSP: devices come and go in
 * Kaspersky Security Center (usage changes), or an application is billed to another service (a
 * mapping moves). A change keeps the Autotask state as it is now; the sandboxes then start from the
 * changed seed, and their own expectation follows the change.
 *
 * <p>A mapping moves only where every service stays the target of some application, so no pair
 * becomes stale and the oracle stays "every mapped pair equals its usage".
 *
 * @param seed        what the sandboxes start from next
 * @param description what changed, for a failure message
 */
record DataChange(SandboxSeed seed, String description) {

    /** A mapping move, or usage changes at one or two customers, chosen by {@code random}. */
    static DataChange draw(SandboxSeed seed, AutotaskData now, Random random) {
        return draw(seed, now, random, null);
    }

    /**
     * As {@link #draw(SandboxSeed, AutotaskData, Random)}, but nothing lowers a service of contract
     * {@code spared} (when not null): no customer billed on it changes usage, and no mapping moves (a
     * move lowers a service on every contract that bills it). A credit on that contract is then never
     * right, which is what the flapping case checks.
     */
    static DataChange draw(SandboxSeed seed, AutotaskData now, Random random, Long spared) {
        if (random.nextInt(3) == 0 && spared == null) {
            DataChange moved = moveMapping(seed, now, random);
            if (moved != null) {
                return moved;
            }
        }
        DataChange changed = changeUsage(seed, now, random, spared);
        if (random.nextBoolean()) {
            DataChange again = changeUsage(changed.seed(), now, random, spared);
            return new DataChange(again.seed(), changed.description() + "; " + again.description());
        }
        return changed;
    }

    /** Devices removed from or added to a billed customer's virtual server, none billed on {@code spared}. */
    static DataChange changeUsage(SandboxSeed seed, AutotaskData now, Random random, Long spared) {
        KscData ksc = (KscData) seed.ksc();
        List<CustomerLink> billed = seed.mapping().customers().stream().filter(CustomerLink::billable)
                .filter(c -> spared == null || !spared.equals(c.contractId())).toList();
        CustomerLink customer = billed.get(random.nextInt(billed.size()));
        long vs = Long.parseLong(customer.kscCustomerId());
        List<KscDevice> hosts = new ArrayList<>(ksc.hosts().getOrDefault(vs, List.of()));
        int count = 1 + random.nextInt(4);
        String what;
        if (random.nextBoolean() && hosts.size() > count) {
            for (int i = 0; i < count; i++) {
                hosts.remove(random.nextInt(hosts.size()));
            }
            what = count + " device(s) of " + customer.kscCustomerName() + " removed";
        } else {
            Set<String> names = new TreeSet<>();
            ksc.hosts().values().forEach(list -> list.forEach(h -> names.add(h.hostname())));
            for (int i = 0; i < count; i++) {
                KscDevice model = hosts.get(random.nextInt(hosts.size()));
                // Unique among all hosts: after earlier removals the count alone can repeat an added name.
                int n = names.size();
                String name = model.hostname() + "-n" + n;
                while (names.contains(name)) {
                    name = model.hostname() + "-n" + ++n;
                }
                names.add(name);
                hosts.add(new KscDevice(name, model.displayName() + "-N" + names.size(), model.groupId(), model.osName(),
                        model.server(), model.computerType(), model.platformType(), model.products(),
                        model.licenseSerial(), model.licensedProduct()));
            }
            what = count + " device(s) added to " + customer.kscCustomerName();
        }
        Map<Long, List<KscDevice>> all = new HashMap<>(ksc.hosts());
        all.put(vs, hosts);
        KscData changed = new KscData(ksc.virtualServers(), all, ksc.keys());
        return new DataChange(new SandboxSeed(now, changed, seed.mapping()), what);
    }

    /**
     * One device category of an application billed to another service; null when no such move keeps
     * every service a target.
     */
    static DataChange moveMapping(SandboxSeed seed, AutotaskData now, Random random) {
        DemoMapping mapping = seed.mapping();
        List<ServiceLink> links = mapping.services();
        Set<Long> perDevice = new TreeSet<>();
        links.stream().filter(l -> l.category() != null).forEach(l -> perDevice.add(l.serviceId()));
        List<long[]> moves = new ArrayList<>();
        for (int i = 0; i < links.size(); i++) {
            ServiceLink link = links.get(i);
            if (link.category() == null) {
                continue;
            }
            long others = links.stream().filter(l -> l != link && l.serviceId() == link.serviceId()).count();
            if (others == 0) {
                continue; // its service would no longer be a target: the pair would go stale
            }
            for (long service : perDevice) {
                if (service != link.serviceId()) {
                    moves.add(new long[] {i, service});
                }
            }
        }
        if (moves.isEmpty()) {
            return null;
        }
        long[] move = moves.get(random.nextInt(moves.size()));
        ServiceLink from = links.get((int) move[0]);
        String name = links.stream().filter(l -> l.serviceId() == move[1]).findFirst().orElseThrow().serviceName();
        List<ServiceLink> changed = new ArrayList<>(links);
        changed.set((int) move[0], new ServiceLink(from.applicationId(), from.category(), move[1], name));
        DemoMapping moved = new DemoMapping(mapping.customers(), changed, mapping.billByCategory());
        return new DataChange(new SandboxSeed(now, seed.ksc(), moved), from.applicationId() + " " + from.category()
                + " moved from service " + from.serviceId() + " to " + move[1]);
    }

    /**
     * The seed's hosts with virtual server {@code vs} reporting none (when {@code silent}) or the hosts
     * {@code usual}, from the Autotask state {@code now}: the sandboxes restart from it, as for any
     * change, and a run then sees the virtual server go silent or come back.
     */
    static SandboxSeed withHosts(SandboxSeed seed, AutotaskData now, long vs, List<KscDevice> usual, boolean silent) {
        KscData ksc = (KscData) seed.ksc();
        Map<Long, List<KscDevice>> all = new HashMap<>(ksc.hosts());
        all.put(vs, silent ? List.of() : usual);
        return new SandboxSeed(now, new KscData(ksc.virtualServers(), all, ksc.keys()), seed.mapping());
    }

    /**
     * Woodgrove Bank's virtual server (mapped nowhere in the demo) billed on Contoso's contract beside
     * the Contoso virtual server: two Kaspersky customers on one contract, whose services are then
     * expected at the sum of both (the sandbox's expectation sums per contract).
     */
    static SandboxSeed shareContosoContract(SandboxSeed seed) {
        DemoMapping mapping = seed.mapping();
        CustomerLink contoso = mapping.customers().stream()
                .filter(c -> c.kscCustomerId().equals(Long.toString(DemoData.VS_CONTOSO))).findFirst().orElseThrow();
        List<CustomerLink> customers = new ArrayList<>();
        for (CustomerLink link : mapping.customers()) {
            customers.add(!link.kscCustomerId().equals(Long.toString(DemoData.VS_WOODGROVE)) ? link
                    : new CustomerLink(link.kscCustomerId(), link.kscCustomerName(), contoso.companyId(),
                            contoso.companyName(), contoso.contractId(), contoso.contractName(), true,
                            "billed on Contoso's contract beside the Contoso virtual server"));
        }
        return new SandboxSeed(seed.autotask(), seed.ksc(), new DemoMapping(customers, mapping.services(), mapping.billByCategory()));
    }
}
