package org.bilateral.doors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * A table's English heading finds its words in the page's language, a year or a country in it kept as it is, and one
 * no message names is shown as it is.
 */
class ColumnsTest {

    private final Columns columns;

    ColumnsTest() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        columns = new Columns(messages);
    }

    @Test
    void aHeadingIsKeyedByItsWords() {
        assertThat(Columns.key("imports (USD)")).isEqualTo("column.imports_usd");
        assertThat(Columns.key("who, where, instrument")).isEqualTo("column.who_where_instrument");
    }

    @Test
    void aVietnamesePageNamesTheColumnsInVietnameseAndKeepsAHeadingNoMessageNames() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("vi"));
        try {
            assertThat(columns.name("imports (USD)")).isEqualTo("nhập khẩu (USD)");
            assertThat(columns.name("HS codes")).isEqualTo("Mã HS");
            assertThat(columns.name("exports 2019 (USD)")).isEqualTo("xuất khẩu 2019 (USD)");
            assertThat(columns.name("CN in it too")).isEqualTo("CN cũng thuộc nhóm");
            // a rate is an argument too, written with the page's decimal sign: 12.5% is 12,5%
            assertThat(columns.name("duties in force, 20% (USD)")).isEqualTo("thuế đang áp dụng, 20% (USD)");
            assertThat(columns.name("duties tried, 12.5% (USD)")).isEqualTo("thuế giả định, 12,5% (USD)");
            assertThat(columns.name("duties nobody names, 20% (USD)")).isEqualTo("duties nobody names, 20% (USD)");
            assertThat(columns.name("")).isEmpty();
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }
}
