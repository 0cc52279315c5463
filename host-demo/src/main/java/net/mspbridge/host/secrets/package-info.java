/**
 * Secrets at rest: AES-GCM (JDK crypto) under a key kept in a file of the data folder that only
 * its owner may read, a fresh IV per value. {@link net.mspbridge.host.secrets.SecretBox} is the
 * only way in and out.
 */
package net.mspbridge.host.secrets;
