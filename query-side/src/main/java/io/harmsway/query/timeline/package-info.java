/** The case timeline: one row per event, with a readable title and its key facts. */
package io.harmsway.query.timeline;
