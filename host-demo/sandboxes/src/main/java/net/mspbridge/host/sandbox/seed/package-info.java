/**
 * What the sandboxes start with: {@link net.mspbridge.host.sandbox.seed.DemoData} (the believable
 * demo), {@link net.mspbridge.host.sandbox.seed.ScaleGenerator} (benchmark scale, in memory), the
 * {@link net.mspbridge.host.sandbox.seed.DemoMapping} that fits either, and
 * {@link net.mspbridge.host.sandbox.seed.ExpectedUsage}, the sandbox's own count of what correct
 * billing produces (an oracle for end-to-end tests).
 */
package net.mspbridge.host.sandbox.seed;
