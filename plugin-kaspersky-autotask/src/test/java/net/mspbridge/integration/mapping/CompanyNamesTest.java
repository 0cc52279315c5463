package net.mspbridge.integration.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompanyNamesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Contoso                      | contoso",
            "CONTOSO                      | contoso",
            "Contoso Ltd                  | contoso",
            "Contoso, Ltd.                | contoso",
            "Contoso Limited              | contoso",
            "Contoso-Ltd                  | contoso",
            "Fabrikam, Inc.               | fabrikam",
            "Fabrikam Incorporated        | fabrikam",
            "Fabrikam Corp.               | fabrikam",
            "Northwind LLC                | northwind",
            "Northwind L.L.C.             | northwind",
            "Müller GmbH                  | muller",
            "Muller GmbH & Co. KG         | muller",
            "Tailspin S.A.                | tailspin",
            "Tailspin SA                  | tailspin",
            "Adatum Pty Ltd               | adatum",
            "Wingtip Toys B.V.            | wingtiptoys",
            "Wingtip-Toys                 | wingtiptoys",
            "Smith & Sons Ltd             | smithandsons",
            "Smith and Sons               | smithandsons",
            "O'Neil Consulting plc        | oneilconsulting",
            "Litware, Inc. (EMEA)         | litwareincemea",
            "Co-op Farms                  | coopfarms",
            "AG                           | ag",
            "'  ...  '                    | ''"})
    void reducesANameToItsKey(String name, String key) {
        assertThat(CompanyNames.key(name)).isEqualTo(key);
    }

    @Test
    void namesThatDifferOnlyInCasePunctuationAndLegalFormAreTheSame() {
        assertThat(CompanyNames.key("Contoso Pharmaceuticals Ltd.")).isEqualTo(CompanyNames.key("CONTOSO PHARMACEUTICALS LIMITED"));
        assertThat(CompanyNames.key("Contoso")).isNotEqualTo(CompanyNames.key("Contoso Pharmaceuticals"));
    }
}
