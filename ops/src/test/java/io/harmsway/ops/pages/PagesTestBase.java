package io.harmsway.ops.pages;

import io.harmsway.ops.support.BrowserTestBase;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

import static org.assertj.core.api.Assertions.assertThat;

/** Steps the supervisor's and auditor's page tests share, on top of {@link BrowserTestBase}. */
public abstract class PagesTestBase extends BrowserTestBase {

    /** The last few elements that reach past the right edge of the window, to say what scrolls. */
    private static final String PAST_THE_EDGE = """
            const width = document.documentElement.clientWidth;
            return [...document.querySelectorAll('body *')]
                .filter(element => element.getBoundingClientRect().right > width + 0.5)
                .map(element => element.tagName.toLowerCase() + (element.id ? '#' + element.id : '')
                    + (typeof element.className === 'string' && element.className ? '.' + element.className : ''))
                .slice(-5).join(', ')""";

    /** At a phone's width (375 px) the page has no sideways scrolling and still passes axe-core. */
    protected void assertFitsAPhone(String path) {
        page.manage().window().setSize(new Dimension(375, 800));
        try {
            open(path);
            waitFor(By.cssSelector("h1"));
            Object overflow = page.executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
            Object past = page.executeScript(PAST_THE_EDGE);
            assertThat(((Number) overflow).intValue()).as("sideways scrolling of %s at 375 px, past the edge: %s", path,
                    past).isLessThanOrEqualTo(0);
            assertAccessible(path + " at a phone's width");
        } finally {
            page.manage().window().setSize(new Dimension(1280, 1000));
        }
    }
}
