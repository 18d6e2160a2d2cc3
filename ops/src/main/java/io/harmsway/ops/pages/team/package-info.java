/**
 * The supervisor's pages: the team inbox, kept live by polling a fragment, the acknowledgement of a
 * breach with a plan, and the team dashboard's charts. Each reads through the same services as the
 * API ({@code io.harmsway.ops.web}) and shows times in London time.
 */
package io.harmsway.ops.pages.team;
