/**
 * Upcasters: each reads one older stored shape of a case event and gives the current one, so
 * history is never rewritten to follow a change of shape. The application registers every
 * upcaster listed in {@link io.harmsway.cases.upcasting.CaseUpcasters}.
 */
package io.harmsway.cases.upcasting;
