package io.harmsway.cases.api;

/** A command about one child of the case, named by its id within the case ({@code child-1}...). */
public interface ChildCommand extends CaseCommand {

    String childId();
}
