/**
 * One small request body per action, validated at the edge (a 400 naming each field at fault)
 * before the case checks its own rules (a 422): every text field has a length and the text rules
 * of {@code io.harmsway.ops.web.validation}, every time a plausible span. Examples and lengths
 * here feed the OpenAPI document. Each body builds its own command ({@code toCommand}, or one
 * method per action for a body several actions share), so every form of an action, an HTTP
 * endpoint or a page, shares one mapping and one validation.
 */
package io.harmsway.ops.web.requests;
