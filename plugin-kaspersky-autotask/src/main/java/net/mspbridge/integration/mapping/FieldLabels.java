package net.mspbridge.integration.mapping;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.mspbridge.api.settings.ActionResult;
import net.mspbridge.api.settings.ActionStep;
import net.mspbridge.api.settings.FieldDefinition;
import net.mspbridge.api.settings.PanelDefinition;

/**
 * Settings keys are for code; a person knows a field by its label. Messages written deeper down
 * (the Kaspersky and Autotask clients name the setting to correct by its key, which also suits logs
 * and the command line) are shown on the settings page with each key replaced by the field's label
 * and panel, taken from the panel definitions themselves, so a label is still defined once.
 */
final class FieldLabels {

    private static final Map<String, String> BY_KEY = labels(List.of(ConnectionPanel.definition(),
            BillingOptionsPanel.definition()));
    /** Longest key first, so "ksc.address" never eats part of a longer key. */
    private static final Pattern KEYS = Pattern.compile(BY_KEY.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed())
            .map(Pattern::quote)
            .reduce((a, b) -> a + "|" + b)
            .map(keys -> "\\(?(?<![\\w.])(" + keys + ")(?![\\w.])\\)?")
            .orElseThrow());

    private FieldLabels() {
    }

    private static Map<String, String> labels(List<PanelDefinition> panels) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (PanelDefinition panel : panels) {
            for (FieldDefinition field : panel.fields()) {
                labels.put(field.key(), "\"" + field.label().replace(" (optional)", "") + "\" on the " + panel.title()
                        + " panel");
            }
        }
        return labels;
    }

    /** The text with every settings key named as its field; "(key)" becomes "(field on the panel)". */
    static String humanize(String text) {
        Matcher matcher = KEYS.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String found = matcher.group();
            String label = BY_KEY.get(matcher.group(1));
            boolean wrapped = found.startsWith("(") && found.endsWith(")");
            String replacement = wrapped ? "(" + label + ")"
                    : (found.startsWith("(") ? "(" : "") + label + (found.endsWith(")") ? ")" : "");
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    static ActionResult humanize(ActionResult result) {
        return new ActionResult(result.steps().stream()
                .map(step -> new ActionStep(step.name(), step.outcome(), humanize(step.detail())))
                .toList());
    }
}
