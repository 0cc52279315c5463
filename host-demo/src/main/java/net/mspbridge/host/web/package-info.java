/** The host's web pages and JSON API, on Javalin, bound to 127.0.0.1. */
package net.mspbridge.host.web;
