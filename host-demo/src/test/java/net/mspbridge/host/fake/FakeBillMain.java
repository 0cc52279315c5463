package net.mspbridge.host.fake;

import java.util.Map;

import net.mspbridge.host.HostMain;

/**
 * The host's command line with the fake plugin, for tests that run it as a separate process
 * against the data folder of a host serving in the test's own process.
 */
public final class FakeBillMain {

    private FakeBillMain() {
    }

    public static void main(String[] args) {
        FakePlugin fake = new FakePlugin();
        HostMain main = new HostMain(Map.of(), config -> fake.source(), builder -> builder.passwordHashCost(4));
        System.exit(HostMain.commandLine(main).execute(args));
    }
}
