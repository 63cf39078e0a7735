package org.bilateral.doors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

/** A phrase a module writes in English is said in the page's language, its figures written the page's way. */
class PhrasesTest {

    private static final Locale VI = Locale.forLanguageTag("vi");

    private final Phrases phrases = new Phrases(messages());

    private static StaticMessageSource messages() {
        StaticMessageSource m = new StaticMessageSource();
        m.addMessage("phrase.not_computed", VI, "không tính được");
        m.addMessage("phrase.after_x_the_hub_s_exports_to_the_destination_rose_x_a_year_its_imports_from_the_origin_x_x_of_the_rise_covered",
                VI, "sau {0}, xuất khẩu tăng {1} mỗi năm, nhập khẩu tăng {2}: bù đắp {3} phần tăng");
        m.addMessage("phrase.in_x_x_the_hub_bought_from_the_origin_at_x_per_item", VI, "trong {0}–{1} mua với giá {2}/đơn vị");
        m.addMessage("phrase.ratio_x", VI, "tỷ lệ {0}");
        m.addMessage("phrase.x_s_imports_from_x", VI, "nhập khẩu của {0} từ {1}");
        m.addMessage("phrase.x_x_of_x", VI, "{0} {1} ngày {2}");
        m.addMessage("phrase.x_origin_hub", VI, "{0} xuất xứ → trung chuyển");
        m.addMessage("phrase.orders", VI, "các lệnh");
        m.addMessage("phrase.synthetic_demonstration_data", VI, "dữ liệu minh họa TỔNG HỢP");
        m.addMessage("phrase.x_statistics_on_x", VI, "số liệu của {0} về {1}");
        m.addMessage("phrase.synthetic", VI, "tổng hợp");
        return m;
    }

    @Test
    void aPhraseWithFiguresIsSaidWithThemWrittenTheVietnameseWay() {
        // $2.66 bn = 2,66 tỷ USD; $807.3 m = 807,3 triệu USD; 79.0% keeps its digit with the decimal comma; 2018 stays a year
        assertThat(phrases.say("after 2018 the hub's exports to the destination rose $2.66 bn a year, its imports from the origin "
                + "$807.3 m: 79.0% of the rise covered", VI))
                .isEqualTo("sau 2018, xuất khẩu tăng 2,66 tỷ USD mỗi năm, nhập khẩu tăng 807,3 triệu USD: bù đắp 79,0% phần tăng");
        // a price per unit keeps its cents: $36.19 = 36,19 USD, and $1,234.5 = 1.234,5 USD (the separators change places)
        assertThat(phrases.say("in 2019–2025 the hub bought from the origin at $36.19 per item", VI))
                .isEqualTo("trong 2019–2025 mua với giá 36,19 USD/đơn vị");
        assertThat(phrases.say("in 2019–2025 the hub bought from the origin at $1,234.5 per item", VI))
                .isEqualTo("trong 2019–2025 mua với giá 1.234,5 USD/đơn vị");
        // a ratio 0.53 is 0,53; an HS code, a day and a code of capitals ("HS", "CN") are written as they are
        assertThat(phrases.say("ratio 0.53", VI)).isEqualTo("tỷ lệ 0,53");
        assertThat(phrases.say("HS 8504.40 of 2025-07-31", VI)).isEqualTo("HS 8504.40 ngày 2025-07-31");
        assertThat(phrases.say("CN's imports from VN", VI)).isEqualTo("nhập khẩu của CN từ VN");
    }

    @Test
    void clausesAreSaidApartAndAMarkIsAnArgument() {
        assertThat(phrases.say("✓ origin → hub; ratio 1.08; ✗ origin → hub", VI))
                .isEqualTo("✓ xuất xứ → trung chuyển; tỷ lệ 1,08; ✗ xuất xứ → trung chuyển");
    }

    @Test
    void aTitleOnDemonstrationDataSaysSoApart() {
        assertThat(phrases.say("orders (SYNTHETIC demonstration data)", VI)).isEqualTo("các lệnh (dữ liệu minh họa TỔNG HỢP)");
    }

    @Test
    void aSourcesLineSaysItsOpeningAndKeepsTheNamesAfterIt() {
        // the dataset and the file are names, said as they are; "#1" stays the import's number
        assertThat(phrases.say("US statistics on VN: US Census Bureau International Trade API #1 (census-imports.json), synthetic", VI))
                .isEqualTo("số liệu của US về VN: US Census Bureau International Trade API #1 (census-imports.json), tổng hợp");
    }

    @Test
    void aPhraseNoMessageNamesIsShownAsItIsAndEnglishIsLeftAlone() {
        assertThat(phrases.say("not computed", VI)).isEqualTo("không tính được");
        // no message: as it is, its apostrophe kept (not read as a message's quote)
        assertThat(phrases.say("the hub's goods in 2019", VI)).isEqualTo("the hub's goods in 2019");
        assertThat(phrases.say("ratio 0.53", Locale.ENGLISH)).isEqualTo("ratio 0.53");
        assertThat(phrases.say(null, VI)).isNull();
    }
}
