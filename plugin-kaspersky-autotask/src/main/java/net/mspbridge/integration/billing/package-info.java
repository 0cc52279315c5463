/**
 * The reconciliation of usage into contract service adjustments: pure logic, no HTTP and no JSON,
 * so every rule is tested with tables of values.
 */
package net.mspbridge.integration.billing;
