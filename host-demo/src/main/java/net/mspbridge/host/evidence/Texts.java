package net.mspbridge.host.evidence;

import net.mspbridge.api.host.EvidenceSink;

/** The text limit of {@link EvidenceSink#MAX_TEXT}, applied to every field stored. */
final class Texts {

    private Texts() {
    }

    /** The text, or its first {@code MAX_TEXT - 1} characters and "…". */
    static String cut(String text) {
        if (text.length() <= EvidenceSink.MAX_TEXT) {
            return text;
        }
        return text.substring(0, EvidenceSink.MAX_TEXT - 1) + "…";
    }
}
