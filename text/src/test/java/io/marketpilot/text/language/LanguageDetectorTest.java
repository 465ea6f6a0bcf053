package io.marketpilot.text.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageDetectorTest {
    private final LanguageDetector detector = new LanguageDetector();

    @Test
    void detectsEnglish() {
        assertThat(detector.detect("The delivery was fast and the support team was lovely.")
                        .language())
                .isEqualTo(Language.ENGLISH);
    }

    @Test
    void detectsChinese() {
        LanguageGuess guess = detector.detect("这个产品非常好，我很喜欢！");

        assertThat(guess.language()).isEqualTo(Language.CHINESE);
        assertThat(guess.code()).isEqualTo("zh");
        assertThat(guess.hanCount()).isEqualTo(11);
    }

    @Test
    void detectsChineseWithAFewLatinBrandNames() {
        assertThat(detector.detect("我买了iPhone 15，电池续航很差，不推荐").language()).isEqualTo(Language.CHINESE);
    }

    @Test
    void keepsEnglishWithAChineseBrandAsEnglish() {
        assertThat(detector.detect("Love my new 小米 phone, the battery is amazing")
                        .language())
                .isEqualTo(Language.ENGLISH);
    }

    @Test
    void leavesEvenlyMixedTextUndetermined() {
        assertThat(detector.detect("这个很好 but the shipping was really slow").language())
                .isEqualTo(Language.UNDETERMINED);
    }

    @Test
    void leavesTextWithoutLettersUndetermined() {
        for (String text : new String[] {"", "   ", "12345 !!! :) 😀", "\u0000\u0007"}) {
            LanguageGuess guess = detector.detect(text);
            assertThat(guess.language()).as(text).isEqualTo(Language.UNDETERMINED);
            assertThat(guess.letterCount()).as(text).isZero();
        }
    }

    @Test
    void leavesOtherScriptsUndetermined() {
        assertThat(detector.detect("Очень хороший продукт").language()).isEqualTo(Language.UNDETERMINED);
        assertThat(detector.detect("정말 좋은 제품입니다").language()).isEqualTo(Language.UNDETERMINED);
    }

    @Test
    void doesNotMistakeJapaneseForChinese() {
        assertThat(detector.detect("この製品はとても良いです").language()).isEqualTo(Language.UNDETERMINED);
    }

    @Test
    void countsAccentedAndFullWidthLatinLettersAsLatin() {
        LanguageGuess guess = detector.detect("Café Ｎｉｃｅ");

        assertThat(guess.latinCount()).isEqualTo(8);
        assertThat(guess.language()).isEqualTo(Language.ENGLISH);
    }
}
