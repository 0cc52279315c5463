/**
 * A small typed Autotask PSA REST client on OkHttp and Jackson: zone discovery, authentication
 * headers, filtered and paged queries, picklists and creates, with the API's errors and limits
 * handled in one place.
 */
package net.mspbridge.integration.autotask;
