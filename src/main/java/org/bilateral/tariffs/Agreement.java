package org.bilateral.tariffs;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.bilateral.shared.CountryCode;

/**
 * A trade agreement whose preferential rates Vietnam's schedule prints (one column of
 * {@code vietnam-preferential-rates.csv} each, RCEP in six), with the partners whose goods it covers.
 *
 * <p>The ASEAN+1 agreements (ACFTA, AKFTA, AJCEP, AANZFTA, AIFTA, AHKFTA) also cover goods from the other ASEAN members,
 * but ATIGA gives those members a rate at or below theirs on nearly every line, so here each covers its non-ASEAN
 * partner(s) only: the competitor a preference favours is the one that would choose that agreement. RCEP's six columns
 * are Decree 129/2022/NĐ-CP's six appendices, whose Article 3 names the partners of each: A the ASEAN members for which
 * RCEP is in force (Article 4.2 and 5), B Australia, C China, D Japan, E Korea, F New Zealand.
 */
public enum Agreement {
    ACFTA("acfta", codes("CN")),
    ATIGA("atiga", Partners.ASEAN_BUT_VIETNAM),
    AJCEP("ajcep", codes("JP")),
    VJEPA("vjepa", codes("JP")),
    AKFTA("akfta", codes("KR")),
    AANZFTA("aanzfta", codes("AU", "NZ")),
    AIFTA("aifta", codes("IN")),
    VKFTA("vkfta", codes("KR")),
    VCFTA("vcfta", codes("CL")),
    VN_EAEU("vn_eaeu", codes("RU", "BY", "AM", "KZ", "KG")),
    /** The members with which the CPTPP is in force for Vietnam; the United Kingdom from 15 December 2024. */
    CPTPP("cptpp", codes("AU", "BN", "CA", "CL", "JP", "MY", "MX", "NZ", "PE", "SG", "GB")),
    AHKFTA("ahkfta", codes("HK")),
    EVFTA("evfta", Partners.EU27),
    UKVFTA("ukvfta", codes("GB")),
    VIFTA("vifta", codes("IL")),
    /** Decree 129/2022/NĐ-CP, Appendix A: the ASEAN members for which RCEP is in force (not Myanmar). */
    RCEP_A("rcep_a", codes("BN", "KH", "ID", "LA", "MY", "PH", "SG", "TH")),
    /** Appendix B: Australia. */
    RCEP_B("rcep_b", codes("AU")),
    /** Appendix C: China. */
    RCEP_C("rcep_c", codes("CN")),
    /** Appendix D: Japan. */
    RCEP_D("rcep_d", codes("JP")),
    /** Appendix E: Korea. */
    RCEP_E("rcep_e", codes("KR")),
    /** Appendix F: New Zealand. */
    RCEP_F("rcep_f", codes("NZ"));

    private final String column;
    private final Set<CountryCode> partners;

    Agreement(String column, Set<CountryCode> partners) {
        this.column = column;
        this.partners = partners;
    }

    /**
     * The agreement's short name as negotiators write it, "ACFTA", "VN-EAEU", "RCEP-A": the same in both languages, for
     * tables where several agreements share a cell; the full name is {@link #messageKey()}'s.
     */
    public String abbreviation() {
        return name().replace('_', '-');
    }

    /** The column of {@code vietnam-preferential-rates.csv}: "acfta" … "rcep_f". */
    public String column() {
        return column;
    }

    /** The partners whose goods the rate is for, ISO alpha-2, in code order. */
    public Set<CountryCode> partners() {
        return partners;
    }

    /** The agreement's name in the page's language: {@code tariffs.agreement.acfta}. */
    public String messageKey() {
        return "tariffs.agreement." + column;
    }

    /** The agreement printed in a column, by its heading. */
    public static Optional<Agreement> ofColumn(String column) {
        String c = column.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(a -> a.column.equals(c)).findFirst();
    }

    private static Set<CountryCode> codes(String... codes) {
        TreeSet<CountryCode> set = new TreeSet<>();
        for (String c : codes) {
            set.add(new CountryCode(c));
        }
        return java.util.Collections.unmodifiableSet(set);
    }

    /** Partner groups several agreements share. */
    private static final class Partners {
        /** Brunei, Cambodia, Indonesia, Laos, Malaysia, Myanmar, the Philippines, Singapore, Thailand. */
        static final Set<CountryCode> ASEAN_BUT_VIETNAM = codes("BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH");
        /** The 27 members of the European Union since 1 February 2020. */
        static final Set<CountryCode> EU27 = codes("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU",
                "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE");

        private Partners() {
        }
    }
}
