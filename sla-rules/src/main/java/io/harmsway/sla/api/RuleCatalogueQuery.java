package io.harmsway.sla.api;

/** Every version of every rule in the catalogue, saying which version is in force today. */
public record RuleCatalogueQuery() {
}
