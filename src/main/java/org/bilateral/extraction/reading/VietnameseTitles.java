package org.bilateral.extraction.reading;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Titles and offices as Vietnamese writes them before a name: a head ("Bộ trưởng", "Thứ trưởng", "Thủ tướng", "Phó Thủ
 * tướng", "Tổng Bí thư", "Chủ tịch nước", "Đại sứ", "Đại diện Thương mại", "Tổng thống"…), then the office's
 * complement: a ministry ("Bộ Công Thương", "Bộ Thương mại, Công nghiệp và Năng lượng", or "Công Thương" without
 * "Bộ"), a party or state body ("Chính phủ", "Tỉnh ủy Sơn Đông"), the country the holder serves ("Mỹ", "Hàn Quốc")
 * and where ("tại Việt Nam"), and a portfolio ("phụ trách kinh tế, môi trường và năng lượng"). What follows the title
 * is the name. Ministries are read from the words portfolios are made of, so any ministry of any country is read,
 * not a list of them; no list here names a person.
 */
final class VietnameseTitles {

    /** A title read at a place in a sentence: where it ends, its words, the country it serves (ISO-2) if it says. */
    record Title(int start, int end, String text, String head, @Nullable String country, boolean vietnameseOffice) {
    }

    private static final List<String> HEADS = List.of(
            "Phó Thủ tướng Thường trực", "Phó Thủ tướng", "Thủ tướng", "Phó Tổng thống", "Tổng thống", "Phó Chủ tịch nước", "Chủ tịch nước",
            "Chủ tịch Quốc hội", "Phó Chủ tịch Quốc hội", "Phó Chủ tịch", "Chủ tịch", "Tổng Bí thư", "Thường trực Ban Bí thư", "Bí thư",
            "Thứ trưởng Thường trực", "Thứ trưởng", "Bộ trưởng", "Ngoại trưởng", "Trợ lý Ngoại trưởng", "Phó Ngoại trưởng", "Đại sứ", "Tổng Lãnh sự",
            "Phó Đại diện Thương mại", "Đại diện Thương mại", "Trưởng Đại diện Thương mại", "Trưởng ban", "Phó Trưởng ban", "Trưởng đoàn",
            "Thống đốc", "Phó Thống đốc", "Tổng Giám đốc", "Phó Tổng Giám đốc", "Giám đốc", "Tổng Thư ký", "Tổng thư ký", "Thượng nghị sĩ",
            "Hạ nghị sĩ", "Nghị sĩ", "Chủ nhiệm", "Cục trưởng", "Vụ trưởng", "Phó Cục trưởng", "Phó Vụ trưởng", "Thủ hiến", "Quốc vương",
            "Nhà vua", "Hoàng tử", "Thái tử", "Tổng Thống", "Đặc phái viên", "Cố vấn", "Chủ tịch Hội đồng quản trị", "Chủ tịch HĐQT");
    private static final Pattern HEAD;

    static {
        StringBuilder alt = new StringBuilder();
        for (String h : HEADS.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList()) {
            alt.append(alt.isEmpty() ? "" : "|").append(Pattern.quote(h));
        }
        HEAD = Pattern.compile("(?iu)(?<![\\p{L}\\p{M}])((?:nguyên|cựu|quyền)\\s+)?(" + alt + ")(?![\\p{L}\\p{M}])");
    }

    /** Offices only Vietnam has, or that Vietnamese reports give a Vietnamese holder without saying so. */
    private static final Set<String> VIETNAMESE_HEADS = Set.of("tổng bí thư", "chủ tịch nước", "phó chủ tịch nước", "thường trực ban bí thư",
            "thủ tướng", "phó thủ tướng", "phó thủ tướng thường trực", "chủ tịch quốc hội", "phó chủ tịch quốc hội", "bộ trưởng", "thứ trưởng",
            "thứ trưởng thường trực");

    /** The words portfolios are made of ("Bộ Nông nghiệp và Phát triển nông thôn"), lower case. */
    private static final Set<String> PORTFOLIO = Set.of("công", "thương", "ngoại", "giao", "tài", "chính", "kế", "hoạch", "đầu", "tư", "mại", "nghiệp", "năng", "lượng", "nông",
            "môi", "trường", "phát", "triển", "thôn", "quốc", "phòng", "an", "pháp", "xây", "dựng", "thông", "vận", "tải", "khoa",
            "học", "nghệ", "tin", "truyền", "y", "tế", "giáo", "dục", "đào", "tạo", "nội", "vụ", "kinh", "nguyên", "văn", "hóa",
            "hoá", "thể", "thao", "du", "lịch", "lao", "động", "xã", "hội", "binh", "ngân", "sách", "khẩu", "nhập", "xuất", "thủy",
            "sản", "lâm", "hải", "dân", "tộc", "bưu", "điện", "số", "hạ", "tầng", "đất", "đai", "biển", "nước", "cơ", "sở");
    private static final Set<String> JOINERS = Set.of("và", ",", "-", "–");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+|[,\\-–]");
    private static final Pattern BODY = Pattern.compile("(?iu)(?:Chính phủ|Trung ương Đảng|Trung ương|Quốc hội|nước|Ủy ban nhân dân|UBND|Hội đồng nhân dân|HĐND)(?![\\p{L}\\p{M}])");
    private static final Pattern PARTY_COMMITTEE = Pattern.compile("(?iu)(?:Tỉnh ủy|Thành ủy|Tỉnh uỷ|Thành uỷ|tỉnh|thành phố|bang)(?![\\p{L}\\p{M}])");
    private static final Pattern ACRONYM = Pattern.compile("\\((?:\\p{Lu}[\\p{Lu}\\p{Ll}&.]{1,11})\\)");
    private static final Pattern PORTFOLIO_TAIL = Pattern.compile("(?iu)phụ trách\\s[^.;()]+");

    private VietnameseTitles() {
    }

    /** The titles of a sentence, each read as far as its office goes; the name, if any, follows each. */
    static List<Title> in(String sentence) {
        List<Title> out = new java.util.ArrayList<>();
        Matcher m = HEAD.matcher(sentence);
        int from = 0;
        while (m.find(from)) {
            if (!Character.isUpperCase(sentence.charAt(m.start(2)))) {
                from = m.end(); // "trưởng đoàn", "đặc phái viên" in running text are roles, not titles before a name
                continue;
            }
            Title t = at(sentence, m);
            out.add(t);
            from = Math.max(m.end(), t.end());
        }
        return out;
    }

    /** Whether the text is one of the heads ("Bộ trưởng", "phó thủ tướng"): a title without its office. */
    static @Nullable String head(String text) {
        Matcher m = HEAD.matcher(text.strip());
        return m.matches() ? m.group(2).toLowerCase(Locale.ROOT) : null;
    }

    private static Title at(String s, Matcher m) {
        int start = m.start();
        int end = m.end();
        String head = m.group(2).toLowerCase(Locale.ROOT);
        String country = null;
        boolean changed = true;
        while (changed) {
            changed = false;
            int next = skipSpaces(s, end);
            int ministry = ministry(s, next);
            if (ministry > next) {
                end = ministry;
                changed = true;
                continue;
            }
            Matcher body = BODY.matcher(s).region(next, s.length());
            boolean bodyFollows = body.lookingAt() && (Character.isUpperCase(s.charAt(next)) || head.startsWith("chủ tịch"));
            if (bodyFollows) {
                end = body.end();
                changed = true;
                continue;
            }
            Matcher committee = PARTY_COMMITTEE.matcher(s).region(next, s.length());
            if (committee.lookingAt() && !head.equals("bộ trưởng")) {
                int place = place(s, skipSpaces(s, committee.end()));
                if (place > committee.end()) {
                    end = place;
                    changed = true;
                    continue;
                }
            }
            int c = VietnameseCountries.at(s, next);
            if (c > 0 && countryBelongs(s, next + c)) {
                country = country != null ? country : VietnameseCountries.code(s.substring(next, next + c));
                end = next + c;
                changed = true;
                continue;
            }
            if (s.startsWith("tại ", next)) {
                int at = skipSpaces(s, next + 4);
                int c2 = VietnameseCountries.at(s, at);
                if (c2 > 0) {
                    end = at + c2;
                    changed = true;
                    continue;
                }
            }
            Matcher acronym = ACRONYM.matcher(s).region(next, s.length());
            if (acronym.lookingAt()) {
                end = acronym.end(); // "Đại diện Thương mại Hoa Kỳ (USTR) Jamieson Greer"
                changed = true;
                continue;
            }
            if (head.contains("đại diện") && s.startsWith("Thương mại", next)) {
                end = next + "Thương mại".length();
                changed = true;
            }
        }
        Matcher tail = PORTFOLIO_TAIL.matcher(s).region(skipSpaces(s, end), s.length());
        if (tail.lookingAt() && !startsName(s, skipSpaces(s, end))) {
            end = tail.end();
        }
        String text = s.substring(start, end).strip();
        text = text.replaceAll("(?iu)(?<!tại)\\s+Việt Nam$", ""); // "Bộ trưởng Bộ Công Thương Việt Nam" is the minister's office, said twice
        boolean vietnamese = VIETNAMESE_HEADS.contains(head) && country == null;
        return new Title(start, end, text, head, country, vietnamese);
    }

    /**
     * A country after the title is the office's ("Tổng thống Mỹ Donald Trump") when a capitalised name or the end of
     * the phrase follows; "Đại sứ Mỹ tại Việt Nam": the country after "tại" is where the office is held.
     */
    private static boolean countryBelongs(String s, int after) {
        return after >= s.length() || !Character.isLetter(s.charAt(after)) || Character.isWhitespace(s.charAt(after));
    }

    /** Where a ministry starting at {@code from} ends ("Bộ Công Thương", "Công Thương"), or {@code from}. */
    static int ministry(String s, int from) {
        int i = from;
        boolean bo = s.startsWith("Bộ ", from);
        if (bo) {
            i = from + 3;
        }
        int end = from;
        int words = 0;
        Matcher w = WORD.matcher(s);
        int pos = i;
        while (w.find(pos) && w.start() <= skipSpaces(s, pos)) {
            String word = w.group().toLowerCase(Locale.ROOT);
            if (PORTFOLIO.contains(word) && (words > 0 || Character.isUpperCase(w.group().charAt(0)))) {
                words++;
                end = w.end();
            } else if (!JOINERS.contains(word) || words == 0) {
                break;
            }
            pos = w.end();
        }
        // "Bộ" needs a portfolio after it; a portfolio alone ("Công Thương") needs two words, so that a name is not eaten
        return words >= (bo ? 1 : 2) ? end : from;
    }

    /** Where a place after "Tỉnh ủy" ends: capitalised words up to a Vietnamese name or the end of the run. */
    private static int place(String s, int from) {
        int end = from;
        Matcher w = Pattern.compile("[\\p{L}\\p{M}]+").matcher(s);
        int pos = from;
        while (w.find(pos) && w.start() == skipSpaces(s, pos) && Character.isUpperCase(w.group().charAt(0))) {
            int next = skipSpaces(s, w.end());
            if (end > from && VietnameseNames.surname(w.group()) && next < s.length() && Character.isUpperCase(s.charAt(next))) {
                break; // "Bí thư Tỉnh ủy Quảng Ninh Vũ Đại Thắng"; "Chiết Giang," is a place ending in a surname's word
            }
            end = w.end();
            pos = end;
        }
        return end;
    }

    private static boolean startsName(String s, int at) {
        return at < s.length() && Character.isUpperCase(s.charAt(at));
    }

    static int skipSpaces(String s, int i) {
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        return i;
    }
}
