/**
 * One small request body per action, validated at the edge (a 400 naming each field at fault)
 * before the case checks its own rules (a 422). Examples here feed the OpenAPI document.
 */
package io.harmsway.ops.web.requests;
