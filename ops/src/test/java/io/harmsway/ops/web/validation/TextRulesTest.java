package io.harmsway.ops.web.validation;

import org.junit.jupiter.api.Test;

import static io.harmsway.ops.web.validation.TextRules.Lines.MANY;
import static io.harmsway.ops.web.validation.TextRules.Lines.ONE;
import static io.harmsway.ops.web.validation.TextRules.problemWith;
import static org.assertj.core.api.Assertions.assertThat;

class TextRulesTest {

    @Test
    void acceptsPrintableTextInAnyScriptWithWholeEmoji() {
        assertThat(problemWith("Dr A Rao, paediatrician — été, Ελένη, 李, زهرا\u200C, 😀", ONE)).isEmpty();
    }

    @Test
    void refusesNulNamingWhereItIs() {
        assertThat(problemWith("a\u0000b", MANY)).hasValue("contains the NUL character (U+0000) at character 2,"
                + " which text cannot hold");
    }

    @Test
    void refusesOtherControlCharactersC0DelAndC1() {
        assertThat(problemWith("bell\u0007", MANY)).get().asString().contains("U+0007").contains("character 5");
        assertThat(problemWith("\u001b[31m", MANY)).get().asString().contains("U+001B");
        assertThat(problemWith("x\u007f", ONE)).get().asString().contains("U+007F");
        assertThat(problemWith("x\u0085", MANY)).get().asString().contains("U+0085");
    }

    @Test
    void keepsTabsAndLineBreaksOnlyWhereTheFieldHasLines() {
        assertThat(problemWith("one\n\ttwo\r\nthree\u2028four", MANY)).isEmpty();
        assertThat(problemWith("one\ntwo", ONE)).hasValue("contains a line break at character 4; this field is a single line");
        assertThat(problemWith("one\ttwo", ONE)).hasValue("contains a tab at character 4; this field is a single line");
        assertThat(problemWith("one\u2029two", ONE)).get().asString().contains("line break");
    }

    @Test
    void refusesHalfACharacterWhereverItIs() {
        assertThat(problemWith("\ud83d", MANY)).get().asString().contains("U+D83D").contains("character 1");
        assertThat(problemWith("x\ude00y", MANY)).get().asString().contains("U+DE00").contains("character 2");
        assertThat(problemWith("\ude00\ud83d", MANY)).get().asString().contains("U+DE00");
        assertThat(problemWith("😀\ud83d", MANY)).get().asString().as("an emoji counts as one character")
                .contains("character 2");
    }
}
