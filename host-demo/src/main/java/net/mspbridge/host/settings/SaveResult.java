package net.mspbridge.host.settings;

import java.util.List;

import net.mspbridge.api.settings.ValidationMessage;

/**
 * How a save went: stored as a new version (with any warnings), or refused because validation
 * found errors (with every message, errors and warnings).
 *
 * @param saved    whether the values were stored
 * @param version  the stored version now (the new one when saved)
 * @param messages the validation messages
 */
public record SaveResult(boolean saved, long version, List<ValidationMessage> messages) {

    public SaveResult {
        messages = List.copyOf(messages);
    }
}
