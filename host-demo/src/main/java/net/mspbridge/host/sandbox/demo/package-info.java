/**
 * What the sandboxes start with: {@link net.mspbridge.host.sandbox.demo.DemoData} (the believable
 * demo), {@link net.mspbridge.host.sandbox.demo.ScaleGenerator} (benchmark scale, in memory), the
 * {@link net.mspbridge.host.sandbox.demo.DemoMapping} that fits either, and
 * {@link net.mspbridge.host.sandbox.demo.ExpectedUsage}, the sandbox's own count of what correct
 * billing produces (an oracle for end-to-end tests).
 */
package net.mspbridge.host.sandbox.demo;
