/**
 * The host's embedded database: one H2 file in the data folder, its schema created and migrated by
 * Flyway from {@code src/main/resources/db/migration}. Every other storage package goes through
 * {@link net.mspbridge.host.db.Database}.
 */
package net.mspbridge.host.db;
