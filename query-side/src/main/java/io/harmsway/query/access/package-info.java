/** The access log: every read of a case, from the {@code CaseRead} events in the store, and the break-glass notices. */
package io.harmsway.query.access;
