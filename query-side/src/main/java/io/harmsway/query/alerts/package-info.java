/**
 * The alert inboxes (a team's, and the investigator's own): clocks that need attention, worst risk
 * to the child first, with the case facts they need kept from the events in a table of their own.
 */
package io.harmsway.query.alerts;
