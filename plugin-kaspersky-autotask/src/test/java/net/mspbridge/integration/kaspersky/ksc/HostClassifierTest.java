package net.mspbridge.integration.kaspersky.ksc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import net.mspbridge.integration.kaspersky.DeviceCategory;

class HostClassifierTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Windows 11 workstation              | Microsoft Windows 11 Pro                  | 0x1      | WINDOWS_WORKSTATION
            Windows 10 workstation              | Microsoft Windows 10 Enterprise           | 0x401001 | WINDOWS_WORKSTATION
            Windows Server 2022                 | Microsoft Windows Server 2022 Standard    | 0x8000   | WINDOWS_SERVER
            Windows Server 2016 of a public answer | Windows Server 2016                    | 0x9007   | WINDOWS_SERVER
            Server by the NT-server flag alone  | Microsoft Windows 10 Enterprise           | 0x8000   | WINDOWS_SERVER
            Server by its OS name alone         | Microsoft Windows Server 2012 R2          | 0x0      | WINDOWS_SERVER
            Windows by the NT-server flag       | ''                                        | 0x8000   | WINDOWS_SERVER
            Windows by the CT_WINDOWS flag      | ''                                        | 0x400001 | WINDOWS_WORKSTATION
            Ubuntu server                       | Ubuntu 22.04 LTS                          | 0x200800 | NON_WINDOWS
            FreeBSD server                      | FreeBSD 14.0                              | 0x2800   | NON_WINDOWS
            Linux with no OS name yet           | ''                                        | 0x200802 | NON_WINDOWS
            Unix flags win over a Windows name  | Windows Subsystem (mislabelled)           | 0x208800 | NON_WINDOWS
            Linux with the browser flag 0x10000 | ''                                        | 0x210800 | NON_WINDOWS
            macOS laptop                        | macOS 14 Sonoma                           | 0x1      | NON_WINDOWS
            Android phone                       | Android 14                                | 0x0      | NON_WINDOWS
            Host whose OS is not known yet      | ''                                        | 0x1      | NON_WINDOWS
            """)
    void sortsAHostIntoItsBillingCategory(String host, String osName, String computerType, DeviceCategory expected) {
        long flags = Long.decode(computerType);
        assertThat(HostClassifier.classify(new KscHost("id", host, osName, flags))).isEqualTo(expected);
    }

    @Test
    void asksFindHostsOnlyForDocumentedHostAttributes() {
        // KLWNF_OS_IS_SERVER belongs to the OS dictionary (KSC/16/KSCAPI/a00500.html): a strict server
        // refuses the whole FindHosts call for it.
        assertThat(KscHost.FIELDS).allMatch(field -> field.startsWith("KLHST_WKS_"))
                .doesNotContain("KLWNF_OS_IS_SERVER");
    }
}
