/**
 * The rule catalogue. Rules are data: one YAML file per version of a rule, read and checked at
 * start. A rule says which case events start its clock (with declarative conditions on the event's
 * and the case's facts), which stop, pause, resume, extend or cancel it, how long it may run per
 * risk grade and in which unit, when to warn and whom to tell at breach and after.
 */
package io.harmsway.sla.rules;
