package io.harmsway.ops.web.validation;

/**
 * The most characters (as Bean Validation counts them: UTF-16 units) each kind of text field
 * takes, and the most entries of each collection. The largest request these allow (a correction
 * of every field at once, each at its longest) stays within the request size limit.
 */
public final class Lengths {

    /** An identifier: a team, an officer, an entry's event id, the name of a corrected field. */
    public static final int ID = 64;
    /** A reference to a record kept elsewhere: an exhibit, medical findings, a forensic submission. */
    public static final int REFERENCE = 100;
    /** One line: who reported, how, who examined, on whose authority. */
    public static final int LINE = 200;
    /** Free text: a note, a reason, a decision, a plan. About a page. */
    public static final int TEXT = 4000;
    /** Fields one correction corrects: more than any entry has. */
    public static final int CORRECTED_FIELDS = 12;
    /** Agencies at a strategy discussion: more than there are. */
    public static final int AGENCIES = 10;

    private Lengths() {
    }
}
