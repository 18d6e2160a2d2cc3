/**
 * Team access over HTTP and PostgreSQL: every cross-team read and write refused with a problem
 * body and nothing appended, the case list and inboxes of one's own team, the auditor who reads
 * everything and records nothing, access that follows a transfer at once, transfers only to
 * officers of teams that exist, refusals logged; and the rule itself, without the application.
 */
package io.harmsway.ops.access;
