/**
 * The plugin's one way to keep secrets out of text: {@link net.mspbridge.integration.redaction.Redactor}.
 * A leaf: it depends on plugin-api only, and any package may use it.
 */
package net.mspbridge.integration.redaction;
