package net.mspbridge.integration.kaspersky.ksc;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The attributes of one host that billing needs, read from one {@code GetItemsChunk} item.
 *
 * @param id          {@code KLHST_WKS_HOSTNAME}, the host's unique id
 * @param displayName {@code KLHST_WKS_DN}
 * @param osName      {@code KLHST_WKS_OS_NAME}, empty when unknown
 * @param server      {@code KLWNF_OS_IS_SERVER}
 * @param computerType {@code KLHST_WKS_CTYPE} flags
 */
record KscHost(String id, String displayName, String osName, boolean server, long computerType) {

    /** {@code KLHST_WKS_CTYPE}: workstation. */
    static final long CTYPE_WORKSTATION = 0x1;
    /** {@code KLHST_WKS_CTYPE}: Windows NT server. */
    static final long CTYPE_NT_SERVER = 0x8000;
    /** {@code KLHST_WKS_CTYPE}: Unix server. */
    static final long CTYPE_UNIX_SERVER = 0x10000;

    /** The fields {@code HostGroup.FindHosts} is asked to return. */
    static final java.util.List<String> FIELDS = java.util.List.of("KLHST_WKS_HOSTNAME", "KLHST_WKS_DN",
            "KLHST_WKS_GROUPID", "KLHST_WKS_OS_NAME", "KLWNF_OS_IS_SERVER", "KLHST_WKS_CTYPE", "KLHST_WKS_PTYPE");

    /** The host of one item; {@code id} is empty when the item has none (such a host cannot be billed). */
    static KscHost of(JsonNode params) {
        return new KscHost(
                KscValues.text(params, "KLHST_WKS_HOSTNAME").orElse(""),
                KscValues.text(params, "KLHST_WKS_DN").orElse(""),
                KscValues.text(params, "KLHST_WKS_OS_NAME").orElse(""),
                KscValues.flag(params, "KLWNF_OS_IS_SERVER"),
                KscValues.number(params, "KLHST_WKS_CTYPE").orElse(0L));
    }

    boolean hasFlag(long flag) {
        return (computerType & flag) != 0;
    }
}
