/**
 * The administrator's sign-in: one account whose password is kept only as a bcrypt hash, sessions
 * held in memory with idle expiry, a CSRF token per session checked in constant time, and a limit
 * on failed sign-ins. {@link net.mspbridge.host.auth.Authenticator} is the way in.
 */
package net.mspbridge.host.auth;
