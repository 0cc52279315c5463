package net.mspbridge.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import net.mspbridge.host.core.HostApp;
import net.mspbridge.host.core.HostConfig;
import net.mspbridge.host.plugins.BuiltPlugin;

class HostAppTest {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void servesOnLoopbackWithTheRealPluginAndKeepsServingBesideABrokenOne(@TempDir Path dir) throws Exception {
        Path pluginsDir = dir.resolve("plugins");
        BuiltPlugin.installInto(pluginsDir);
        Files.writeString(pluginsDir.resolve("broken.jar"), "garbage");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        HostConfig config = HostConfig.builder(dir.resolve("data")).pluginsDir(pluginsDir).port(0).passwordHashCost(4)
                .scheduler(false).out(new PrintStream(printed, true, StandardCharsets.UTF_8)).build();

        try (HostApp app = HostApp.start(config)) {
            String password = generatedPassword(printed.toString(StandardCharsets.UTF_8));
            String cookie = login(app, password);

            String plugins = get(app, "/api/plugins", cookie);
            assertThat(plugins).contains("\"id\":\"kaspersky-autotask\"", "\"source\":\"broken.jar\"");
            assertThat(get(app, "/api/settings", cookie)).contains("\"pluginId\":\"kaspersky-autotask\"");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("data")))).isEqualTo("rwx------");
            assertThat(printed.toString(StandardCharsets.UTF_8)).contains(app.url());
        }
    }

    @Test
    void theGeneratedPasswordIsPrintedOnTheFirstStartOnly(@TempDir Path dir) {
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        ByteArrayOutputStream second = new ByteArrayOutputStream();
        HostConfig.Builder config = HostConfig.builder(dir.resolve("data")).pluginsDir(dir.resolve("plugins")).port(0)
                .passwordHashCost(4).scheduler(false);

        try (HostApp app = HostApp.start(config.out(new PrintStream(first, true, StandardCharsets.UTF_8)).build())) {
            assertThat(first.toString(StandardCharsets.UTF_8)).contains("Administrator password");
        }
        try (HostApp app = HostApp.start(config.out(new PrintStream(second, true, StandardCharsets.UTF_8)).build())) {
            assertThat(second.toString(StandardCharsets.UTF_8)).isEmpty();
        }
    }

    @Test
    void defaultPluginsFolderIsTheOneTheBuildFillsNextToTheHost() {
        assertThat(HostConfig.defaultPluginsDir().toAbsolutePath().normalize())
                .isEqualTo(Path.of("target", "plugins").toAbsolutePath().normalize());
        assertThat(HostConfig.builder(Path.of("data")).build().adminPassword()).isEqualTo(Optional.empty());
    }

    private static String generatedPassword(String printed) {
        return printed.lines().map(String::strip).filter(l -> l.matches("[a-z2-9]{4}(-[a-z2-9]{4}){3}")).findFirst()
                .orElseThrow(() -> new AssertionError("no password printed: " + printed));
    }

    private String login(HostApp app, String password) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(app.url() + "api/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"password\":\"" + password + "\"}"))
                .timeout(Duration.ofSeconds(10)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        String setCookie = response.headers().firstValue("Set-Cookie").orElseThrow();
        return setCookie.substring(0, setCookie.indexOf(';'));
    }

    private String get(HostApp app, String path, String cookie) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                .header("Cookie", cookie).timeout(Duration.ofSeconds(10)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
