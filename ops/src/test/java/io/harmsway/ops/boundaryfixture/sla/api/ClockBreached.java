package io.harmsway.ops.boundaryfixture.sla.api;

public record ClockBreached(String clockId) {
}
