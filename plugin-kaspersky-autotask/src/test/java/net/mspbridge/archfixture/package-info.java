/**
 * Test fixtures that break the plugin's architecture rules on purpose, so {@code ArchitectureTest}
 * can show that each rule fails when broken. Never part of the plugin.
 */
package net.mspbridge.archfixture;
