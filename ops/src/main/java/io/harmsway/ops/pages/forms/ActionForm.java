package io.harmsway.ops.pages.forms;

/**
 * One action of the case record as a form: its address under the case ({@code slug}), its title,
 * what it is about, the API's request record for it, and that record's own mapping to the command.
 */
public record ActionForm(String slug, String title, Subject subject, Class<? extends Record> request,
                         Mapping<Record> mapping) {

    /** The request record's mapping to its command: the same method the API's endpoint calls. */
    @FunctionalInterface
    public interface Mapping<R extends Record> {
        Object command(R request, String caseId, String subjectId);
    }

    @SuppressWarnings("unchecked")
    static <R extends Record> ActionForm of(String slug, String title, Subject subject, Class<R> request,
                                            Mapping<R> mapping) {
        return new ActionForm(slug, title, subject, request, (Mapping<Record>) mapping);
    }
}
