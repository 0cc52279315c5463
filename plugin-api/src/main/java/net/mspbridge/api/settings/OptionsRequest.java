package net.mspbridge.api.settings;

import java.util.Map;

/**
 * A request for the options of an {@link OptionSource}.
 *
 * @param source     the source name
 * @param parameters a value for every parameter the source declared (empty when nothing chosen)
 */
public record OptionsRequest(String source, Map<String, String> parameters) {

    public OptionsRequest {
        Checks.id(source, "source");
        parameters = Map.copyOf(parameters);
    }

    /** The parameter's value, empty when absent. */
    public String parameter(String name) {
        return parameters.getOrDefault(name, "");
    }
}
