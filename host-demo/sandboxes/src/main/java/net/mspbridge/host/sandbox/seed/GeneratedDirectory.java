package net.mspbridge.host.sandbox.seed;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;

import net.mspbridge.host.sandbox.seed.DemoHosts.Kind;
import net.mspbridge.host.sandbox.ksc.KscDirectory;
import net.mspbridge.host.sandbox.ksc.KscDevice;
import net.mspbridge.host.sandbox.ksc.LicenseKey;
import net.mspbridge.host.sandbox.ksc.VServer;

/**
 * A KSC directory computed on demand: host {@code i} of a virtual server is a pure function of the
 * seed, the server and {@code i}, so hundreds of thousands of hosts take no memory. Each server has
 * one commercial key per application and a trial key for KES (about 1 host in 20 uses it).
 */
final class GeneratedDirectory implements KscDirectory {

    static final long FIRST_VS = 1000;
    static final String[] PRODUCTS = {"KES", "WSEE", "KESL", "KESMAC", "KESMOB", "KSVLA"};

    private final ScaleSpec spec;
    private final List<VServer> servers = new ArrayList<>();
    private final Instant keyLimit;
    private final Instant trialLimit;
    private final ConcurrentHashMap<String, Integer> keyCounts = new ConcurrentHashMap<>();

    GeneratedDirectory(ScaleSpec spec) {
        this.spec = spec;
        for (int i = 0; i < spec.customers(); i++) {
            servers.add(new VServer(FIRST_VS + i, name(i), 7, true));
        }
        this.keyLimit = spec.today().plusYears(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        this.trialLimit = spec.today().plusDays(20).atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    static String name(int index) {
        return String.format("Customer %05d", index);
    }

    @Override
    public List<VServer> virtualServers() {
        return List.copyOf(servers);
    }

    private int index(long vs) {
        long i = vs - FIRST_VS;
        return i < 0 || i >= spec.customers() ? -1 : (int) i;
    }

    @Override
    public int hostCount(long vs) {
        int i = index(vs);
        if (i < 0) {
            return 0;
        }
        int base = spec.hosts() / spec.customers();
        return base + (i < spec.hosts() % spec.customers() ? 1 : 0);
    }

    @Override
    public KscDevice host(long vs, int index) {
        if (index < 0 || index >= hostCount(vs)) {
            throw new IndexOutOfBoundsException("host " + index + " of virtual server " + vs);
        }
        SplittableRandom random = new SplittableRandom(spec.seed() * 1_000_003L + vs * 10_000_019L + index);
        String product = PRODUCTS[random.nextInt(spec.applications())];
        Kind kind = switch (product) {
            case "KES" -> random.nextInt(5) == 0 ? Kind.SERVER_WITH_KES : Kind.WORKSTATION;
            case "WSEE" -> Kind.SERVER;
            case "KESL" -> Kind.LINUX_SERVER;
            case "KESMAC" -> Kind.MAC;
            case "KESMOB" -> Kind.ANDROID;
            default -> Kind.VDI;
        };
        boolean trial = product.equals("KES") && random.nextInt(20) == 0;
        String serial = serial(vs, trial ? "TRIAL" : product);
        String display = String.format("C%05d-%s-%06d", vs - FIRST_VS, product, index);
        // The hostname encodes where the host is, so a lookup by name needs no index.
        String hostname = String.format("5ca1ab1e-%04x-4000-8000-%012x", (int) (vs - FIRST_VS) & 0xffff, ((vs - FIRST_VS) << 28) | index);
        KscDevice host = DemoHosts.host(hostname, 7, display, kind, true, serial);
        // As real servers do: a trial host may hold the commercial key in reserve (never billed for it),
        // and product ids come in varying case. Drawn last, so the rest of the data stays as it was.
        if (trial) {
            host = DemoHosts.reserve(host, serial(vs, product));
        }
        if (product.equals("KESL") && random.nextBoolean()) {
            host = DemoHosts.productIdAs(host, "kesl");
        }
        return host;
    }

    @Override
    public Optional<KscDevice> hostByName(long vs, String hostname) {
        if (!hostname.startsWith("5ca1ab1e-") || hostname.length() != 36) {
            return Optional.empty();
        }
        try {
            long packed = Long.parseLong(hostname.substring(24), 16);
            long vsIndex = packed >>> 28;
            int index = (int) (packed & ((1L << 28) - 1));
            if (vsIndex != vs - FIRST_VS || index >= hostCount(vs)) {
                return Optional.empty();
            }
            return Optional.of(host(vs, index));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public List<LicenseKey> keys(long vs) {
        if (index(vs) < 0) {
            return List.of();
        }
        List<LicenseKey> keys = new ArrayList<>();
        for (int p = 0; p < spec.applications(); p++) {
            keys.add(new LicenseKey(serial(vs, PRODUCTS[p]), LicenseKey.COMMERCIAL, keyLimit, hostCount(vs) + 10,
                    DemoHosts.product(PRODUCTS[p]).displayName(), PRODUCTS[p]));
        }
        keys.add(new LicenseKey(serial(vs, "TRIAL"), LicenseKey.TRIAL, trialLimit, 50, DemoHosts.product("KES").displayName(), "KES"));
        return keys;
    }

    @Override
    public Iterator<KscDevice> keyHosts(long vs, String serial) {
        int count = hostCount(vs);
        return new Iterator<>() {
            private int next = advance(0);

            private int advance(int from) {
                int i = from;
                while (i < count && !host(vs, i).uses(serial)) {
                    i++;
                }
                return i;
            }

            @Override
            public boolean hasNext() {
                return next < count;
            }

            @Override
            public KscDevice next() {
                if (next >= count) {
                    throw new NoSuchElementException();
                }
                KscDevice host = host(vs, next);
                next = advance(next + 1);
                return host;
            }
        };
    }

    @Override
    public int keyHostCount(long vs, String serial) {
        return keyCounts.computeIfAbsent(vs + "/" + serial, k -> {
            int n = 0;
            for (Iterator<KscDevice> it = keyHosts(vs, serial); it.hasNext(); it.next()) {
                n++;
            }
            return n;
        });
    }

    private static String serial(long vs, String product) {
        return String.format("%04X-%06X-%s", vs & 0xffff, (vs * 7919) & 0xffffff, product);
    }
}
