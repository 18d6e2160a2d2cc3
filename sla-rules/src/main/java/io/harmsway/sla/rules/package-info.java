/** The rule catalogue: which event starts a clock, which stops it, and how long it may run. */
package io.harmsway.sla.rules;
