/**
 * The host application: its configuration ({@link net.mspbridge.host.core.HostConfig}), the services
 * over one data folder ({@link net.mspbridge.host.core.HostCore}) and the served application with its
 * web server and schedule ({@link net.mspbridge.host.core.HostApp}).
 */
package net.mspbridge.host.core;
