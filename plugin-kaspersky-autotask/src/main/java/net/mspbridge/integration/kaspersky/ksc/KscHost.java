package net.mspbridge.integration.kaspersky.ksc;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The attributes of one host that billing needs, read from one {@code GetItemsChunk} item. Only
 * documented host attributes ("List of host attributes") are asked for: a strict server refuses a
 * whole {@code FindHosts} call that names an attribute hosts do not have (such as
 * {@code KLWNF_OS_IS_SERVER}, which belongs to the OS dictionary, KSC/16/KSCAPI/a00500.html).
 *
 * @param id           {@code KLHST_WKS_HOSTNAME}, the host's unique id
 * @param displayName  {@code KLHST_WKS_DN}
 * @param osName       {@code KLHST_WKS_OS_NAME}, empty when unknown
 * @param computerType {@code KLHST_WKS_CTYPE} flags ("Windows Network Host Type enum", KSC/14/KSCAPI/a00278.html)
 */
record KscHost(String id, String displayName, String osName, long computerType) {

    /** {@code CT_WORKSTATION}. */
    static final long CTYPE_WORKSTATION = 0x1;
    /** {@code CT_SERVER_UNIX}: set for every *nix host, with {@link #CTYPE_LINUX} or {@link #CTYPE_FREEBSD}. */
    static final long CTYPE_UNIX = 0x800;
    /** {@code CT_NT}. */
    static final long CTYPE_NT = 0x1000;
    /** {@code CT_SERVER_FREEBSD} (the same bit as {@code CT_WFW}). */
    static final long CTYPE_FREEBSD = 0x2000;
    /** {@code CT_SERVER_NT}: a Windows Server operating system. */
    static final long CTYPE_SERVER_NT = 0x8000;
    /** {@code CT_SERVER_LINUX} (the same bit as {@code CT_SERVER_VMS}). */
    static final long CTYPE_LINUX = 0x200000;
    /** {@code CT_WINDOWS}: Windows 95 and later. */
    static final long CTYPE_WINDOWS = 0x400000;

    /** The fields {@code HostGroup.FindHosts} is asked to return: documented host attributes only. */
    static final List<String> FIELDS = List.of("KLHST_WKS_HOSTNAME", "KLHST_WKS_DN", "KLHST_WKS_GROUPID",
            "KLHST_WKS_OS_NAME", "KLHST_WKS_CTYPE", "KLHST_WKS_PTYPE");

    /** The host of one item; {@code id} is empty when the item has none (such a host cannot be billed). */
    static KscHost of(JsonNode params) {
        return new KscHost(
                KscValues.text(params, "KLHST_WKS_HOSTNAME").orElse(""),
                KscValues.text(params, "KLHST_WKS_DN").orElse(""),
                KscValues.text(params, "KLHST_WKS_OS_NAME").orElse(""),
                KscValues.number(params, "KLHST_WKS_CTYPE").orElse(0L));
    }

    boolean hasFlag(long flag) {
        return (computerType & flag) != 0;
    }

    /** A *nix host: {@code CT_SERVER_UNIX} together with {@code CT_SERVER_LINUX} or {@code CT_SERVER_FREEBSD}. */
    boolean unix() {
        return hasFlag(CTYPE_UNIX) && (hasFlag(CTYPE_LINUX) || hasFlag(CTYPE_FREEBSD));
    }
}
