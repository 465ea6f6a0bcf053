package io.marketpilot.core.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.input.TextRules.Kind;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TextRulesTest {
    @Test
    void freeTextKeepsLineBreaksAndTabsButNoOtherControlCharacter() {
        assertThat(TextRules.problem("two\tcolumns\r\nand lines", Kind.FREE_TEXT))
                .isEmpty();
        assertThat(TextRules.problem("bell\u0007", Kind.FREE_TEXT))
                .hasValueSatisfying(p -> assertThat(p).contains("U+0007", "position 4"));
        assertThat(TextRules.problem("nul\u0000", Kind.FREE_TEXT)).isPresent();
        assertThat(TextRules.problem("escape\u001b[31m", Kind.FREE_TEXT)).isPresent();
    }

    @Test
    void identifiersTakeNoControlCharacterAtAll() {
        assertThat(TextRules.problem("C-001", Kind.IDENTIFIER)).isEmpty();
        assertThat(TextRules.problem("C\t001", Kind.IDENTIFIER))
                .hasValueSatisfying(p -> assertThat(p).contains("U+0009", "identifiers take none"));
        assertThat(TextRules.problem("C\n001", Kind.IDENTIFIER)).isPresent();
    }

    @Test
    void loneSurrogatesAreRefusedWherePairsAreText() {
        assertThat(TextRules.problem("退货 🎉", Kind.IDENTIFIER)).isEmpty();
        assertThat(TextRules.problem("x\ud800y", Kind.FREE_TEXT))
                .hasValueSatisfying(p -> assertThat(p).contains("lone surrogate", "U+D800", "position 1"));
        assertThat(TextRules.problem("\udc00", Kind.FREE_TEXT)).isPresent();
        assertThat(TextRules.problem("ends high \ud83c", Kind.FREE_TEXT)).isPresent();
    }

    @Test
    void aRefusalNamesTheField() {
        assertThatThrownBy(() -> TextRules.requireClean("name", "a\u0000", Kind.FREE_TEXT))
                .isInstanceOf(MarketPilotException.class)
                .hasMessageStartingWith("name contains the control character U+0000")
                .extracting(e -> ((MarketPilotException) e).details())
                .isEqualTo(Map.of("field", "name"));
    }

    @Test
    void aValueOverItsLimitIsRefusedWithFieldLimitAndLength() {
        assertThat(TextRules.requireFits("city", "x".repeat(100), 100)).hasSize(100);
        assertThat(TextRules.requireFits("city", null, 100)).isNull();

        assertThatThrownBy(() -> TextRules.requireFits("city", "x".repeat(101), 100))
                .hasMessage("city is longer than 100 characters (it has 101)")
                .extracting(e -> ((MarketPilotException) e).details())
                .isEqualTo(Map.of("field", "city", "limit", 100, "length", 101));
    }

    @Test
    void textOfOnlyInvisibleCharactersIsBlank() {
        assertThat(TextRules.isBlank(" \u200b\t\n\u00a0\ufeff\u2060\u200d")).isTrue();
        assertThat(TextRules.isBlank("\u0000")).isTrue();
        assertThat(TextRules.isBlank(null)).isTrue();
        assertThat(TextRules.isBlank("\u200b?")).isFalse();
        assertThat(TextRules.isBlank("退")).isFalse();
    }
}
