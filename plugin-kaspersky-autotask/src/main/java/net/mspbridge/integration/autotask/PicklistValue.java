package net.mspbridge.integration.autotask;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One value of an Autotask picklist field, from {@code {Entity}/entityInformation/fields}.
 *
 * @param value        the value as Autotask sends it (text holding a number for most fields)
 * @param label        the label a person sees
 * @param active       whether the value may still be chosen ({@code isActive})
 * @param defaultValue whether it is the field's default ({@code isDefaultValue})
 * @param sortOrder    the display order
 */
public record PicklistValue(
        String value,
        String label,
        @JsonProperty("isActive") boolean active,
        @JsonProperty("isDefaultValue") boolean defaultValue,
        int sortOrder) {

    /**
     * The value as a number.
     *
     * @throws NumberFormatException when the value is not a whole number
     */
    public int intValue() {
        return Integer.parseInt(value.strip());
    }
}
