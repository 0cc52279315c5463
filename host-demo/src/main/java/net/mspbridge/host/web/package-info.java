/**
 * The host's web pages and JSON API, on Javalin, bound to 127.0.0.1. Pages are static HTML with
 * plain JavaScript modules that render everything from the API with {@code textContent}; the
 * server never writes plugin or user text into HTML.
 */
package net.mspbridge.host.web;
