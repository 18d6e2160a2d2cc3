/**
 * The inspection figures (docs/inspection.md): a read model of its own processing group
 * ({@code inspection}) holding, per case, its milestones, entries, clocks, pauses and gradings, and
 * the figures, cases, "what works" and charts computed from it by indexed SQL aggregates.
 */
package io.harmsway.query.inspection;
