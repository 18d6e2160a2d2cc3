package io.harmsway.ops.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import java.time.Period;

/**
 * Limits on what a request may carry.
 *
 * @param maxRequestBytes the largest request body read ({@code 64KB} by default: the largest
 *                        legitimate action, a correction of every field at its longest, is about 53 KB)
 * @param timeHorizon     how far ahead of now a stated time may lie (a planned interview, the end of bail)
 */
@ConfigurationProperties("harmsway.web")
public record WebInputSettings(@DefaultValue("64KB") DataSize maxRequestBytes,
                               @DefaultValue("P10Y") Period timeHorizon) {
}
