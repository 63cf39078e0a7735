package org.bilateral.extraction.reading;

import org.jspecify.annotations.Nullable;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.bilateral.shared.NameKey;

/**
 * The places of the genre: countries by their names and demonyms, the cities releases are filed from, and the states
 * and provinces whose officials are named by them, each with its ISO 3166 alpha-2 code. The other words of the genre
 * are {@link Lexicon}'s.
 */
final class Places {

    private Places() {
    }

    /**
     * Country names and demonyms that open a title ("US Senator", "Vietnamese Minister", "India's Minister") or name
     * an official's side ("EU Ambassador"), each with its ISO 3166 alpha-2 code (EU for the Union's own officials).
     */
    static final Map<String, String> NATIONALITIES = new HashMap<>();
    /** The adjectives among them ("Indonesian"): they describe the person and are not part of the title. */
    static final Set<String> DEMONYMS = new java.util.HashSet<>();

    static {
        country("VN", "Vietnam, Việt Nam, Viet Nam, Vietnam's, Việt Nam's, Hanoi's", "Vietnamese");
        country("US", "US, U.S., USA, U.S.A., United States, America, Washington's, America's, US's, United States of America", "American");
        country("CN", "China, PRC, People's Republic of China, Beijing's", "Chinese");
        country("JP", "Japan, Tokyo's", "Japanese");
        country("KR", "South Korea, Korea, Republic of Korea, ROK, Seoul's", "Korean, South Korean");
        country("KP", "North Korea, DPRK", "North Korean");
        country("LA", "Laos, Lao PDR", "Lao, Laotian");
        country("KH", "Cambodia", "Cambodian");
        country("TH", "Thailand", "Thai");
        country("MM", "Myanmar, Burma", "Myanmar, Burmese");
        country("IN", "India, New Delhi's", "Indian");
        country("PK", "Pakistan", "Pakistani");
        country("BD", "Bangladesh", "Bangladeshi");
        country("LK", "Sri Lanka", "Sri Lankan");
        country("AU", "Australia, Canberra's", "Australian");
        country("NZ", "New Zealand", "New Zealander");
        country("GB", "UK, U.K., United Kingdom, Britain, Great Britain, London's", "British");
        country("IE", "Ireland", "Irish");
        country("FR", "France, Paris's", "French");
        country("DE", "Germany, Berlin's", "German");
        country("IT", "Italy", "Italian");
        country("ES", "Spain", "Spanish");
        country("PT", "Portugal", "Portuguese");
        country("NL", "Netherlands, the Netherlands, Holland", "Dutch");
        country("BE", "Belgium", "Belgian");
        country("PL", "Poland", "Polish");
        country("SE", "Sweden", "Swedish");
        country("NO", "Norway", "Norwegian");
        country("DK", "Denmark", "Danish");
        country("FI", "Finland", "Finnish");
        country("CH", "Switzerland", "Swiss");
        country("AT", "Austria", "Austrian");
        country("CZ", "Czech Republic, Czechia", "Czech");
        country("HU", "Hungary", "Hungarian");
        country("GR", "Greece", "Greek");
        country("TR", "Turkey, Türkiye", "Turkish");
        country("UA", "Ukraine", "Ukrainian");
        country("SG", "Singapore", "Singaporean");
        country("MY", "Malaysia, Putrajaya's", "Malaysian");
        country("ID", "Indonesia, Jakarta's", "Indonesian");
        country("PH", "Philippines, the Philippines, Manila's", "Philippine, Filipino");
        country("BN", "Brunei", "Bruneian");
        country("TL", "Timor-Leste, East Timor", "Timorese");
        country("CA", "Canada, Ottawa's", "Canadian");
        country("MX", "Mexico", "Mexican");
        country("BR", "Brazil", "Brazilian");
        country("AR", "Argentina", "Argentine, Argentinian");
        country("CL", "Chile", "Chilean");
        country("PE", "Peru", "Peruvian");
        country("CO", "Colombia", "Colombian");
        country("TW", "Taiwan, Taipei's", "Taiwanese");
        country("HK", "Hong Kong", "");
        country("EU", "EU, E.U., European Union, Brussels'", "European");
        country("RU", "Russia, Russian Federation, Moscow's", "Russian");
        country("SA", "Saudi Arabia", "Saudi");
        country("AE", "UAE, United Arab Emirates", "Emirati");
        country("QA", "Qatar", "Qatari");
        country("IL", "Israel", "Israeli");
        country("EG", "Egypt", "Egyptian");
        country("ZA", "South Africa", "South African");
        country("NG", "Nigeria", "Nigerian");
        country("KE", "Kenya", "Kenyan");
        country("MN", "Mongolia", "Mongolian");
        country("KZ", "Kazakhstan", "Kazakh");
    }

    private static void country(String code, String names, String demonyms) {
        for (String w : names.split(",\\s*")) {
            NATIONALITIES.put(w, code);
        }
        for (String w : demonyms.split(",\\s*")) {
            if (!w.isBlank()) {
                NATIONALITIES.put(w, code);
                DEMONYMS.add(w);
            }
        }
    }

    /** Every country name and demonym as a regular-expression alternation, the longest first. */
    static String nationalityAlternation() {
        return NATIONALITIES.keySet().stream().sorted((a, b) -> b.length() - a.length()).map(java.util.regex.Pattern::quote)
                .collect(java.util.stream.Collectors.joining("|"));
    }

    /**
     * Capitals and the cities releases are most often filed from, by their key, with their country: a dateline
     * ("JAKARTA (Antara) -", "NEW DELHI –") says which side a news outlet writes from.
     */
    static final Map<String, String> DATELINE_CITIES = new HashMap<>();

    static {
        city("VN", "Hanoi", "Ha Noi", "Hà Nội", "Ho Chi Minh City", "HCM City", "Da Nang", "Đà Nẵng", "Hai Phong", "Haiphong");
        city("US", "Washington", "Washington DC", "Washington D.C.", "New York", "San Francisco", "Los Angeles", "Chicago", "Seattle", "Houston");
        city("CN", "Beijing", "Shanghai", "Guangzhou", "Shenzhen");
        city("JP", "Tokyo", "Osaka");
        city("KR", "Seoul", "Busan");
        city("IN", "New Delhi", "Delhi", "Mumbai", "Bengaluru", "Chennai", "Kolkata");
        city("ID", "Jakarta", "Surabaya");
        city("MY", "Kuala Lumpur", "Putrajaya");
        city("SG", "Singapore");
        city("TH", "Bangkok");
        city("PH", "Manila");
        city("KH", "Phnom Penh");
        city("LA", "Vientiane");
        city("MM", "Naypyidaw", "Yangon");
        city("BN", "Bandar Seri Begawan");
        city("AU", "Canberra", "Sydney", "Melbourne");
        city("NZ", "Wellington", "Auckland");
        city("GB", "London");
        city("FR", "Paris");
        city("DE", "Berlin");
        city("BE", "Brussels");
        city("EU", "Brussels");
        city("CA", "Ottawa", "Toronto");
        city("MX", "Mexico City");
        city("BR", "Brasilia", "Brasília");
        city("TW", "Taipei");
        city("RU", "Moscow");
        city("AE", "Abu Dhabi", "Dubai");
        city("SA", "Riyadh");
    }

    private static void city(String code, String... names) {
        for (String n : names) {
            DATELINE_CITIES.putIfAbsent(NameKey.of(n), code);
        }
    }

    /** The longest country name or demonym (in words) the lexicon knows, for matching word runs against it. */
    static final int LONGEST_NATIONALITY = 4;

    private static final java.util.regex.Pattern WORD_BREAK = java.util.regex.Pattern.compile("[\\s,;:!?()\"“”\\[\\]\\-–—/]+");

    /**
     * The countries a text names, by name or demonym, the longest name first ("United States of America" before
     * "America"), with how often: in the order the text first names them. A possessive or a full stop after the name
     * is no part of it ("India's", "Vietnam.").
     */
    static Map<String, Integer> countriesIn(String text) {
        Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        String[] words = WORD_BREAK.split(text.strip());
        for (int i = 0; i < words.length; i++) {
            for (int n = Math.min(LONGEST_NATIONALITY, words.length - i); n >= 1; n--) {
                String code = country(String.join(" ", java.util.Arrays.copyOfRange(words, i, i + n)));
                if (code != null) {
                    counts.merge(code, 1, Integer::sum);
                    i += n - 1;
                    break;
                }
            }
        }
        return counts;
    }

    private static @Nullable String country(String phrase) {
        String code = NATIONALITIES.get(phrase);
        if (code == null && (phrase.endsWith("'s") || phrase.endsWith("’s"))) {
            code = NATIONALITIES.get(phrase.substring(0, phrase.length() - 2));
        }
        if (code == null && phrase.endsWith(".")) {
            code = NATIONALITIES.get(phrase.substring(0, phrase.length() - 1));
        }
        return code;
    }

    /**
     * States and provinces whose officials the genre names by the state ("Texas Agriculture Commissioner", "Ontario
     * Premier"), with their country. Washington and Georgia are left out: a capital and a country first.
     */
    static final Map<String, String> STATES = new HashMap<>();

    static {
        for (String state : ("Alabama, Alaska, Arizona, Arkansas, California, Colorado, Connecticut, Delaware, Florida, Hawaii, Idaho, "
                + "Illinois, Indiana, Iowa, Kansas, Kentucky, Louisiana, Maine, Maryland, Massachusetts, Michigan, Minnesota, Mississippi, "
                + "Missouri, Montana, Nebraska, Nevada, New Hampshire, New Jersey, New Mexico, New York, North Carolina, North Dakota, Ohio, "
                + "Oklahoma, Oregon, Pennsylvania, Rhode Island, South Carolina, South Dakota, Tennessee, Texas, Utah, Vermont, Virginia, "
                + "West Virginia, Wisconsin, Wyoming").split(",\\s*")) {
            STATES.put(state, "US");
        }
        for (String state : "New South Wales, Queensland, South Australia, Western Australia, Tasmania".split(",\\s*")) {
            STATES.put(state, "AU");
        }
        for (String province : "Ontario, Quebec, Alberta, British Columbia, Manitoba, Saskatchewan, Nova Scotia, New Brunswick".split(",\\s*")) {
            STATES.put(province, "CA");
        }
    }
}
