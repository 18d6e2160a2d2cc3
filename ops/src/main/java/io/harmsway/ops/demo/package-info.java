/** Demo data for the {@code demo} profile: a few cases, some on time and some overdue. */
package io.harmsway.ops.demo;
