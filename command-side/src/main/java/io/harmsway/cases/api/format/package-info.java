/**
 * The stored form of events, shared by every module that reads the event store: the JSON
 * settings of payloads ({@link io.harmsway.cases.api.format.EventFormat}) and case event types
 * found by their simple names ({@link io.harmsway.cases.api.format.CaseEventTypes}).
 */
package io.harmsway.cases.api.format;
