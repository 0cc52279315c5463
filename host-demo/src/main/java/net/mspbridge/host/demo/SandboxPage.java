package net.mspbridge.host.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The sandbox page's HTML, a static shell whose script reads {@code /api/sandbox}. */
final class SandboxPage {

    private static final String RESOURCE = "/web/pages/sandbox.html";
    private static volatile String html;

    private SandboxPage() {
    }

    static String html() {
        String page = html;
        if (page == null) {
            try (InputStream in = SandboxPage.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is missing from the host");
                }
                page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                html = page;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return page;
    }
}
