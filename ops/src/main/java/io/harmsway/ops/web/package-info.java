/**
 * The HTTP API. Controllers turn requests into commands and queries; the acting user comes from
 * authentication. Refusals are RFC 9457 problem details naming the field and the problem.
 */
package io.harmsway.ops.web;
