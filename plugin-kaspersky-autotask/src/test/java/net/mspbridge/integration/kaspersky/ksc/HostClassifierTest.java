package net.mspbridge.integration.kaspersky.ksc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import net.mspbridge.integration.kaspersky.DeviceCategory;

class HostClassifierTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Windows 11 workstation              | Microsoft Windows 11 Pro                  | false | 1     | WINDOWS_WORKSTATION
            Windows 10 workstation              | Microsoft Windows 10 Enterprise           | false | 1     | WINDOWS_WORKSTATION
            Windows Server 2022                 | Microsoft Windows Server 2022 Standard    | true  | 32768 | WINDOWS_SERVER
            Server by the NT-server flag alone  | Microsoft Windows Server 2019             | false | 32768 | WINDOWS_SERVER
            Server by the server flag alone     | Microsoft Windows Server 2016             | true  | 1     | WINDOWS_SERVER
            Server by its OS name alone         | Microsoft Windows Server 2012 R2          | false | 0     | WINDOWS_SERVER
            Windows by the NT-server flag       | ''                                        | false | 32768 | WINDOWS_SERVER
            Ubuntu server                       | Ubuntu 22.04 LTS                          | true  | 65536 | NON_WINDOWS
            Red Hat server                      | Red Hat Enterprise Linux 9.3              | true  | 65536 | NON_WINDOWS
            macOS laptop                        | macOS 14 Sonoma                           | false | 1     | NON_WINDOWS
            Android phone                       | Android 14                                | false | 0     | NON_WINDOWS
            Host whose OS is not known yet      | ''                                        | false | 1     | NON_WINDOWS
            """)
    void sortsAHostIntoItsBillingCategory(String host, String osName, boolean server, long computerType,
            DeviceCategory expected) {
        assertThat(HostClassifier.classify(new KscHost("id", host, osName, server, computerType)))
                .isEqualTo(expected);
    }
}
