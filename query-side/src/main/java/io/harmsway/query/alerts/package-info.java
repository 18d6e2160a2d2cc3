/** The team alert inbox: breached clocks, worst risk to the child first. */
package io.harmsway.query.alerts;
