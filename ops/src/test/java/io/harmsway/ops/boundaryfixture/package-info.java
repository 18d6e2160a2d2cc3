/**
 * Made-up modules for {@link io.harmsway.ops.ModuleRulesCatchNewPackagesTest}: a root with the
 * product's module names, new packages the rules were never told of ({@code sla.notify},
 * {@code query.inspection}, {@code ops.pages}), a new module ({@code audit}), and classes that
 * break each rule. Never part of the product.
 */
package io.harmsway.ops.boundaryfixture;
