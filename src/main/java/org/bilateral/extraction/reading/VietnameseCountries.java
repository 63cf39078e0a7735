package org.bilateral.extraction.reading;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Country names as the Vietnamese press writes them, to ISO 3166 alpha-2: every country's Vietnamese name from the
 * JDK's own locale data ({@code Locale.getDisplayCountry}), and the short forms the press uses beside the official
 * ones ("Mỹ" and "Hoa Kỳ" for the United States, "Nhật" for Japan, "Hàn" for Korea in "Việt-Hàn").
 */
final class VietnameseCountries {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final Map<String, String> CODES = new HashMap<>();
    private static final Pattern ANY;

    static {
        for (String code : Locale.getISOCountries()) {
            String name = new Locale("", code).getDisplayCountry(VI);
            if (!name.isBlank() && !name.equals(code)) {
                CODES.put(key(name), code);
            }
        }
        // the press's own names beside the JDK's ("Hoa Kỳ" is the JDK's; "Mỹ" is what most papers write)
        String[][] press = {{"Mỹ", "US"}, {"Hoa Kỳ", "US"}, {"Nhật", "JP"}, {"Nhật Bản", "JP"}, {"Hàn Quốc", "KR"}, {"Trung Quốc", "CN"},
                {"Việt Nam", "VN"}, {"Đức", "DE"}, {"Pháp", "FR"}, {"Anh", "GB"}, {"Vương quốc Anh", "GB"}, {"Nga", "RU"}, {"Ấn Độ", "IN"},
                {"Úc", "AU"}, {"Australia", "AU"}, {"Ai Cập", "EG"}, {"Na Uy", "NO"}, {"Nam Phi", "ZA"}, {"Cộng hoà Nam Phi", "ZA"},
                {"Cộng hòa Nam Phi", "ZA"}, {"Singapore", "SG"}, {"Xinh-ga-po", "SG"}, {"Thái Lan", "TH"}, {"Indonesia", "ID"},
                {"Malaysia", "MY"}, {"Philippines", "PH"}, {"Lào", "LA"}, {"Campuchia", "KH"}, {"Canada", "CA"}, {"Hà Lan", "NL"},
                {"Italy", "IT"}, {"Tây Ban Nha", "ES"}, {"Thụy Sĩ", "CH"}, {"Thụy Điển", "SE"}, {"Đan Mạch", "DK"}, {"Phần Lan", "FI"},
                {"Bỉ", "BE"}, {"Ba Lan", "PL"}, {"Séc", "CZ"}, {"Hungary", "HU"}, {"Brazil", "BR"}, {"Mexico", "MX"}, {"Chile", "CL"},
                {"Argentina", "AR"}, {"Peru", "PE"}, {"New Zealand", "NZ"}, {"Niu Di-lân", "NZ"}, {"Ả Rập Xê Út", "SA"}, {"Saudi Arabia", "SA"},
                {"UAE", "AE"}, {"Các Tiểu vương quốc Ả Rập Thống nhất", "AE"}, {"Thổ Nhĩ Kỳ", "TR"}, {"Israel", "IL"}, {"Iran", "IR"},
                {"Pakistan", "PK"}, {"Bangladesh", "BD"}, {"Myanmar", "MM"}, {"Brunei", "BN"}, {"Đài Loan", "TW"}, {"Mông Cổ", "MN"},
                {"Triều Tiên", "KP"}, {"Ucraina", "UA"}, {"Ukraine", "UA"}, {"Qatar", "QA"}, {"Kuwait", "KW"}, {"Nigeria", "NG"}};
        for (String[] p : press) {
            CODES.put(key(p[0]), p[1]);
        }
        List<String> names = CODES.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
        StringBuilder alternation = new StringBuilder();
        for (String n : names) {
            alternation.append(alternation.isEmpty() ? "" : "|").append(Pattern.quote(n));
        }
        // a country name is capitalised and whole: "Đức" in "Thủ tướng Đức", never the word inside another
        ANY = Pattern.compile("(?iu)(?<![\\p{L}\\p{M}])(?:" + alternation + ")(?![\\p{L}\\p{M}])");
    }

    private VietnameseCountries() {
    }

    private static String key(String name) {
        return name.strip();
    }

    /** The code of a country named exactly so ("Hàn Quốc" is KR), or null. */
    static @Nullable String code(String name) {
        String exact = CODES.get(key(name));
        if (exact != null) {
            return exact;
        }
        for (Map.Entry<String, String> e : CODES.entrySet()) {
            if (e.getKey().equalsIgnoreCase(key(name))) {
                return e.getValue();
            }
        }
        return null;
    }

    /** A country's name at {@code from} in the text (its length), or 0. */
    static int at(String text, int from) {
        if (from >= text.length() || !Character.isUpperCase(text.charAt(from))) {
            return 0; // a country's name starts with a capital, whatever the case of its second word ("Việt nam")
        }
        Matcher m = ANY.matcher(text);
        m.region(from, text.length());
        return m.lookingAt() ? m.end() - from : 0;
    }

    /**
     * The foreign country a report is about: the one named most, if it is named in at least three of every five
     * mentions of a country other than Vietnam; else null.
     */
    static @Nullable String dominantForeign(String text) {
        Map<String, Integer> counts = new HashMap<>();
        Matcher m = ANY.matcher(text);
        int all = 0;
        while (m.find()) {
            String code = Character.isUpperCase(text.charAt(m.start())) ? code(m.group()) : null;
            if (code != null && !code.equals("VN")) {
                counts.merge(code, 1, Integer::sum);
                all++;
            }
        }
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() * 5 >= all * 3) {
                return e.getKey();
            }
        }
        return null;
    }

    /** The country named at {@code from}, or null. */
    static @Nullable String codeAt(String text, int from) {
        int n = at(text, from);
        return n == 0 ? null : code(text.substring(from, from + n));
    }
}
