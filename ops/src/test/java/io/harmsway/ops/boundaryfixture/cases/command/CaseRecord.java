package io.harmsway.ops.boundaryfixture.cases.command;

/** Inside the case module: no other module may name it. */
public class CaseRecord {
}
