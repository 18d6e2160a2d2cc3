/** Signing in over real HTTP: tokens issued, accepted, expired, forged and revoked; throttling; the access log. */
package io.harmsway.ops.signin;
