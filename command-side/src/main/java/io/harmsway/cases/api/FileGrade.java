package io.harmsway.cases.api;

/**
 * An inspector's judgement of a whole case file, as HMIC graded the 576 files of its 2015
 * inspection: good, adequate (requires improvement) or inadequate.
 */
public enum FileGrade {
    GOOD, ADEQUATE, INADEQUATE
}
