/** The sandboxes' small Jetty servers on 127.0.0.1, and the two ways they answer: JSON, or a dropped or reset connection. */
package net.mspbridge.host.sandbox.http;
