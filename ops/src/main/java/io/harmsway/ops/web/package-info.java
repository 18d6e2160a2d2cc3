/**
 * The HTTP API. Controllers stay thin: a request record validates the body and builds its
 * command, the controller adds what the path and the authenticated user say (case, child,
 * suspect, clock, team) and sends it; queries go to the query gateway. Refusals are RFC 9457
 * problem details naming the field and the problem.
 */
package io.harmsway.ops.web;
