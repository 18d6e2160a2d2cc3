/**
 * The history of a team's breaches, for its dashboard: each police breach with the team and officer
 * that held the case when the deadline passed, its first acknowledgement and its end.
 */
package io.harmsway.query.breaches;
