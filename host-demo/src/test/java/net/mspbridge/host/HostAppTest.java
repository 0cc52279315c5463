package net.mspbridge.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import net.mspbridge.host.plugins.BuiltPlugin;

class HostAppTest {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void servesOnLoopbackAndKeepsServingBesideABrokenPlugin(@TempDir Path dir) throws Exception {
        Path pluginsDir = dir.resolve("plugins");
        BuiltPlugin.installInto(pluginsDir);
        Files.writeString(pluginsDir.resolve("broken.jar"), "garbage");

        try (HostApp app = HostApp.start(new HostConfig(dir.resolve("data"), pluginsDir, 0))) {
            String plugins = get(app, "/api/plugins");
            assertThat(plugins).contains("\"id\":\"kaspersky-autotask\"", "\"source\":\"broken.jar\"");

            String home = get(app, "/");
            assertThat(home).contains("kaspersky-autotask", "Plugins that could not be loaded", "broken.jar");
            assertThat(Files.isDirectory(dir.resolve("data"))).isTrue();
        }
    }

    @Test
    void defaultPluginsFolderIsTheOneTheBuildFillsNextToTheHost() {
        assertThat(HostConfig.defaultPluginsDir().toAbsolutePath().normalize())
                .isEqualTo(Path.of("target", "plugins").toAbsolutePath().normalize());
    }

    private String get(HostApp app, String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                .timeout(Duration.ofSeconds(10)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
