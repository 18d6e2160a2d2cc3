package io.harmsway.cases.api;

/** A command about one suspect of the case, named by its id within the case ({@code suspect-1}...). */
public interface SuspectCommand extends CaseCommand {

    String suspectId();
}
