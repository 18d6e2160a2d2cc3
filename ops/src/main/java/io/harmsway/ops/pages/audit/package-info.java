/**
 * The auditor's pages: a case replayed as known at a date and time the auditor chooses, the
 * integrity of the record, and the case's access log, through the services the audit API uses.
 */
package io.harmsway.ops.pages.audit;
