package io.github.mtlint.setup;

import io.github.mtlint.cli.Fixtures;

import io.github.mtlint.model.RuleMeta;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** --enable and --disable: the most specific pattern decides, else the rule's default. */
class SelectionTest {

    private final RuleMeta onByDefault = Fixtures.rule("repetition.doubled-word").meta();
    private final RuleMeta offByDefault = Fixtures.rule("calque.officialese").meta();

    private static Components.Selection selection(List<String> enable, List<String> disable) {
        return new Components.Selection(enable, disable);
    }

    @Test
    void rulesKeepTheirDefaultUnlessNamed() {
        assertTrue(Components.Selection.none().keeps(onByDefault));
        assertFalse(Components.Selection.none().keeps(offByDefault));
        assertTrue(selection(List.of("calque.*"), List.of()).keeps(offByDefault));
        assertFalse(selection(List.of(), List.of("repetition.*")).keeps(onByDefault));
    }

    @Test
    void theMostSpecificPatternWins() {
        assertFalse(selection(List.of("calque.*"), List.of("calque.officialese")).keeps(offByDefault));
        assertTrue(selection(List.of("calque.officialese"), List.of("calque.*")).keeps(offByDefault));
        assertTrue(selection(List.of("calque.off*"), List.of("calque.*")).keeps(offByDefault));
        assertFalse(selection(List.of("*"), List.of("repetition.*")).keeps(onByDefault));
        assertTrue(selection(List.of("repetition.doubled-word"), List.of("repetition.doubled-word")).keeps(onByDefault));
    }
}
