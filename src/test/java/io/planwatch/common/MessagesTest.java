package io.planwatch.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which of our two languages a request is answered in, and the one bundle both read from. */
class MessagesTest {

    @Test
    void everyMessageHasBothLanguages() throws IOException {
        assertEquals(keys("i18n/messages.properties"), keys("i18n/messages_zh.properties"));
    }

    private static Set<String> keys(String resource) throws IOException {
        Properties p = new Properties();
        try (var in = MessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return new TreeSet<>(p.stringPropertyNames());
    }

    /** "-" where the header asks for neither of our languages. */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "zh                          | zh",
                "zh-CN,zh;q=0.9,en;q=0.8     | zh",
                "zh-Hans-CN                  | zh",
                "en-US,en;q=0.9,zh-CN;q=0.8  | en",
                "fr,zh;q=0.5                 | zh",
                "en;q=0.3,zh;q=0.3           | en",
                "fr-FR                       | -",
                "*                           | -",
                "not a header;;q=x           | -"
            })
    void picksTheLanguageRankedHigher(String header, String expected) {
        Locale locale = RequestLanguage.preferred(header);
        assertEquals(expected, locale == null ? "-" : locale.getLanguage());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "en | problem.VALIDATION_FAILED | The request is not valid",
                "zh | problem.VALIDATION_FAILED | 请求无效",
                "zh | row.periodOutOfRange      | 年份 2031 不在 1990–2026 之间"
            })
    void readsTheBundleInEitherLanguageWithYearsAsWritten(String language, String key, String expected) {
        assertEquals(expected, Messages.text(Locale.forLanguageTag(language), key, 2031, 1990, 2026));
    }
}
