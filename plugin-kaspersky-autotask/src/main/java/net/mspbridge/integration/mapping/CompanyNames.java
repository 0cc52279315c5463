package net.mspbridge.integration.mapping;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Compares company names the way a person does: "CONTOSO, Ltd." and "Contoso Limited" are the same
 * company. A name is reduced to a key: accents, case and punctuation dropped, "&" read as "and",
 * and legal-form suffixes (Ltd, LLC, Inc, GmbH, S.A., "GmbH & Co. KG" ...) removed from the end.
 * Spaces are dropped last, so "Fabri-Kam" and "FabriKam" match too.
 */
final class CompanyNames {

    /**
     * Legal forms, as tokens after punctuation is gone ("S.A." is "sa", "S.à r.l." is "sarl").
     * Only removed at the end of a name, so "Co Op Farms" keeps its "co".
     */
    private static final Set<String> LEGAL_FORMS = Set.of(
            "ltd", "limited", "llc", "llp", "lp", "plc", "inc", "incorporated", "corp", "corporation", "co",
            "gmbh", "mbh", "ag", "kg", "ug", "ohg", "ev", "sa", "sas", "sarl", "sl", "srl", "spa", "sro",
            "bv", "nv", "ab", "as", "asa", "aps", "oy", "oyj", "pty", "pte", "kk");

    private CompanyNames() {
    }

    /** The comparison key of a name; never empty for a name with a letter or digit. */
    static String key(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replace("&", " and ")
                // Dots and apostrophes join ("S.A." is "sa", "O'Neil" is "oneil"); other punctuation separates.
                .replaceAll("[.'\u2019]", "")
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .trim();
        if (plain.isEmpty()) {
            return "";
        }
        List<String> tokens = new ArrayList<>(Arrays.asList(plain.split(" ")));
        int end = tokens.size();
        // Strip trailing legal forms and a dangling "and" ("Smith & Co" -> "smith"), never the whole name.
        while (end > 1 && (LEGAL_FORMS.contains(tokens.get(end - 1)) || tokens.get(end - 1).equals("and"))) {
            end--;
        }
        return String.join("", tokens.subList(0, end));
    }
}
