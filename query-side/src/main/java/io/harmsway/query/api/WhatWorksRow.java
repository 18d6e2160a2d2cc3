package io.harmsway.query.api;

/**
 * The closed cases (of the filter) that had a clock of {@code ruleId}, in {@code team} and with
 * {@code allegation} (null: all), whose clock of that rule was {@code delay} ({@code ON_TIME}: never
 * breached; {@code BREACHED}: breached, met late included): how many, how many ended charged, with
 * no further action, with the child safeguarded, and those as shares. The shares and the median
 * lateness are null, and {@code claim} says why, when fewer cases than the stated minimum lie behind them.
 */
public record WhatWorksRow(String ruleId, String team, String allegation, String delay, long cases, long charged,
                           long noFurtherAction, long childSafeguarded, Double chargedShare,
                           Double noFurtherActionShare, Double childSafeguardedShare, Double medianLateHours,
                           String claim) {
}
