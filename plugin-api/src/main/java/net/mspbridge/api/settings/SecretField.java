package net.mspbridge.api.settings;

import java.util.List;

/**
 * A write-only value such as a password or API secret. The host stores it encrypted, apart from
 * the other values, shows only whether it is set, and never sends it back to a browser. A save
 * that leaves it blank keeps the stored secret. The plugin reads it from
 * {@link net.mspbridge.api.host.Secrets}, not from {@link SettingsValues}.
 *
 * <h2>A stored secret goes only where it was saved to (since 1.1)</h2>
 * {@link #destinationKeys()} names the plain fields that decide where the plugin sends the secret
 * (a server address, a base URL, a certificate pin). A stored secret belongs to the values those
 * fields had when it was saved, and a host of contract 1.1 or later keeps it there:
 * <ul>
 *   <li>in a <em>proposed</em> context (validation, actions) whose destination fields differ from
 *       the stored ones, the stored secret is withheld: {@link net.mspbridge.api.host.Secrets#get}
 *       answers empty and {@link net.mspbridge.api.host.Secrets#withheld()} names it, unless the
 *       person typed the secret again in that same request;</li>
 *   <li>a save that changes a destination field while keeping the stored secret is refused, with an
 *       error on this field that asks for the secret again; nothing is stored.</li>
 * </ul>
 * Values are compared after stripping leading and trailing white space. A field whose destination
 * cannot change (no keys) behaves as in 1.0. A host of contract 1.0 knows none of this and passes
 * the stored secret with any proposed value: a plugin that may run in such a host should refuse to
 * send a stored secret to a destination it has not seen stored.
 *
 * @param key             storage key
 * @param label           label
 * @param help            help text, empty when none
 * @param required        whether a secret must be set to save the panel
 * @param visibleWhen     conditions for showing the field
 * @param destinationKeys the keys of the plain fields (of any panel of the plugin) that decide where
 *                        the secret is sent; empty when nothing does. Since 1.1.
 */
public record SecretField(String key, String label, String help, boolean required, List<Condition> visibleWhen,
        List<String> destinationKeys) implements FieldDefinition {

    public SecretField {
        Checks.id(key, "key");
        Checks.text(label, "label");
        Checks.text(help, "help");
        visibleWhen = List.copyOf(visibleWhen);
        destinationKeys = List.copyOf(destinationKeys);
        for (String destination : destinationKeys) {
            Checks.id(destination, "destination key");
        }
        Checks.unique(destinationKeys, "destination key", "secret field '" + key + "'");
        if (destinationKeys.contains(key)) {
            throw new IllegalArgumentException("secret field '" + key + "' cannot name itself as its destination");
        }
    }

    /** The 1.0 form: a secret whose destination no field decides. */
    public SecretField(String key, String label, String help, boolean required, List<Condition> visibleWhen) {
        this(key, label, help, required, visibleWhen, List.of());
    }

    @Override
    public FieldKind kind() {
        return FieldKind.SECRET;
    }

    /**
     * The same field, sent only to the destination that the given fields decide.
     *
     * @param keys keys of plain fields, such as a server address and a certificate pin
     * @since 1.1
     */
    public SecretField sentTo(String... keys) {
        return new SecretField(key, label, help, required, visibleWhen, List.of(keys));
    }

    public static SecretField of(String key, String label, String help, boolean required, Condition... visibleWhen) {
        return new SecretField(key, label, help, required, List.of(visibleWhen));
    }
}
