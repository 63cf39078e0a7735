package org.bilateral.extraction.reading;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The people and organisations a Vietnamese sentence names. A person is named after a title ("Bộ trưởng Bộ Công
 * Thương Nguyễn Hồng Diên", "Tổng thống Mỹ Donald Trump", {@link VietnameseTitles}) or after "ông", "bà", "Ngài" with
 * the title set beside the name ("ông Lâm Vũ, Bí thư Tỉnh ủy Sơn Đông, Trung Quốc", "ông Jacob Helberg - Thứ
 * trưởng…"). The name is the run of capitalised words that follows, however many: a Vietnamese name of three or four
 * syllables and a foreign one (Howard Lutnick, Kim Jung Kwan) are read whole. A title with no name after it
 * ("Phó thủ tướng khẳng định") is kept as a reference the cast resolves. An organisation is a capitalised run after the
 * words organisations start with ("Tập đoàn Boeing", "Hãng hàng không Vietjet", "Bộ Ngoại giao", "tỉnh Sơn Đông").
 */
final class VietnameseNames {

    /** A person named in a sentence; {@code name} is null for a title standing alone. */
    record Mention(int start, int end, @Nullable String name, @Nullable String title, @Nullable String head, @Nullable String country) {
    }

    /** An organisation named in a sentence. */
    record Organisation(int start, int end, String name) {
    }

    private static final Set<String> SURNAMES = Set.of("nguyễn", "trần", "lê", "phạm", "hoàng", "huỳnh", "phan", "vũ", "võ", "đặng", "bùi",
            "đỗ", "hồ", "ngô", "dương", "lý", "lương", "tô", "đinh", "trịnh", "đoàn", "lâm", "mai", "trương", "đào", "cao", "hà", "tạ", "thái",
            "chu", "châu", "quách", "lưu", "triệu", "kiều", "tôn", "thân", "phùng", "mạc", "nông", "la", "lại", "vương", "diệp", "đàm", "khúc",
            "hứa", "nghiêm", "âu", "giang", "kim", "lục", "từ", "doãn", "đồng", "hầu", "tăng", "tống", "lò", "khổng", "quan", "thạch", "lã", "văn");
    private static final Pattern HONORIFIC = Pattern.compile("(?u)(?<![\\p{L}\\p{M}])(?:ông|bà|Ông|Bà|Ngài|ngài)\\s+(?=\\p{Lu})");
    /** A word of a name: letters, an apostrophe or hyphen inside ("O'Neill", "Jean-Pierre"), or initials ("J.D.", "J."). */
    private static final Pattern WORD = Pattern.compile("\\p{Lu}\\.(?:\\p{Lu}\\.)*|[\\p{L}\\p{M}][\\p{L}\\p{M}'’]*(?:-[\\p{L}\\p{M}]+)*");
    private static final Pattern INITIALS = Pattern.compile("\\p{Lu}\\.(?:\\p{Lu}\\.)*");
    private static final Pattern APPOSITION = Pattern.compile("\\s*(?:,|-|–|—)\\s*");
    private static final Pattern ORGANISATION = Pattern.compile("(?u)(?<![\\p{L}\\p{M}])(?:Tập đoàn|Hãng hàng không|Tổng công ty|Công ty|Ngân hàng|Hiệp hội|Phòng Thương mại"
            + "|Liên đoàn|Quỹ|Cơ quan|Ủy ban|Uỷ ban|Viện|Hội đồng|Tỉnh|tỉnh|Thành phố|thành phố|Bộ)(?![\\p{L}\\p{M}])");
    /** Words that are never a name's though capitalised at a sentence's start or in a caption. */
    private static final Set<String> NOT_NAMES = Set.of("ảnh", "nguồn", "theo", "tại", "trong", "ngày", "sáng", "chiều", "và", "với", "của");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern FOREIGN_LETTER = Pattern.compile("[fjwz]");
    /** A syllable ends in a vowel or in one of the finals Vietnamese writes (c, ch, m, n, ng, nh, p, t). */
    private static final Pattern VIETNAMESE_SYLLABLE = Pattern.compile(
            "(?u)[\\p{L}\\p{M}]*?(?:[aăâeêioôơuưy\\p{M}àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]|c|ch|m|n|ng|nh|p|t)");
    private static final int LONGEST_NAME = 5;
    /** How far a run is read when an organisation and a name may share it. */
    private static final int LONGEST_RUN = 9;
    private static final Pattern TITLE_THEN_HONORIFIC = Pattern.compile("(?u)\\s*,?\\s*(?:ông|bà|Ngài|ngài)\\s+(?=\\p{Lu})");

    private VietnameseNames() {
    }

    /** Whether a word is one of the surnames Vietnamese names begin with. */
    static boolean surname(String word) {
        return SURNAMES.contains(Normalizer.normalize(word, Normalizer.Form.NFC).toLowerCase(Locale.ROOT));
    }

    /**
     * Whether a name is written as a Vietnamese one: two to four syllables, a Vietnamese surname first, and no letter
     * Vietnamese does not write (f, j, w, z) nor a syllable Vietnamese cannot end so ("Kim Jung Kwan" is Korean).
     */
    static boolean looksVietnamese(String name) {
        String[] parts = SPACES.split(name.strip(), -1);
        if (parts.length < 2 || parts.length > 4 || !surname(parts[0])) {
            return false;
        }
        for (String p : parts) {
            String l = p.toLowerCase(Locale.ROOT);
            if (FOREIGN_LETTER.matcher(l).find() || !VIETNAMESE_SYLLABLE.matcher(l).matches()) {
                return false;
            }
        }
        return true;
    }

    /** The people a sentence names, in the order written. */
    static List<Mention> people(String s) {
        List<Mention> out = new ArrayList<>();
        boolean[] taken = new boolean[s.length() + 1];
        List<VietnameseTitles.Title> titles = chained(s, VietnameseTitles.in(s));
        for (VietnameseTitles.Title found : titles) {
            VietnameseTitles.Title t = found;
            int at = VietnameseTitles.skipSpaces(s, t.end());
            Matcher h = TITLE_THEN_HONORIFIC.matcher(s).region(t.end(), s.length());
            if (h.lookingAt()) {
                at = h.end();
            }
            int end = nameEnd(s, at, LONGEST_RUN);
            // "Chủ tịch Hãng Vietjet Nguyễn Thị Phương Thảo", "Tổng Giám đốc Tập đoàn Vingroup Phạm Nhật Vượng": the
            // organisation belongs to the title, the Vietnamese name at the end of the run is the person's
            Organisation org = organisationAt(s, at);
            int runEnd = org != null ? Math.max(org.end(), end) : end;
            int split = trailingVietnameseName(s, at, runEnd);
            if (split > at) {
                t = new VietnameseTitles.Title(t.start(), split, (t.text() + " " + s.substring(at, split).strip()).strip(), t.head(), t.country(),
                        t.vietnameseOffice());
                at = split;
                end = runEnd;
            } else if (end - at > 0 && words(s.substring(at, end)) > LONGEST_NAME) {
                end = nameEnd(s, at);
            }
            String name = end > at ? s.substring(at, end) : null;
            String country = t.country();
            if (name != null && country == null && looksVietnamese(name) && t.vietnameseOffice()) {
                country = "VN";
            }
            mark(taken, t.start(), Math.max(end, t.end()));
            out.add(new Mention(t.start(), Math.max(end, t.end()), name, t.text(), t.head(), country));
        }
        Matcher h = HONORIFIC.matcher(s);
        while (h.find()) {
            if (taken[h.start()] || taken[h.end()]) {
                continue;
            }
            int end = nameEnd(s, h.end());
            if (end == h.end()) {
                continue;
            }
            String name = s.substring(h.end(), end);
            String title = null;
            String head = null;
            String country = null;
            int stop = end;
            Matcher a = APPOSITION.matcher(s).region(end, s.length());
            if (a.lookingAt()) {
                List<VietnameseTitles.Title> ts = VietnameseTitles.in(s.substring(a.end()));
                if (!ts.isEmpty() && ts.get(0).start() == 0) {
                    VietnameseTitles.Title t = ts.get(0);
                    title = t.text();
                    head = t.head();
                    country = t.country();
                    stop = a.end() + t.end();
                    Matcher comma = APPOSITION.matcher(s).region(stop, s.length());
                    if (country == null && comma.lookingAt()) {
                        country = VietnameseCountries.codeAt(s, comma.end());
                    }
                }
            }
            if (country == null && looksVietnamese(name) && (title == null || (head != null && VietnameseTitles.head(head) != null))) {
                country = "VN";
            }
            mark(taken, h.start(), stop);
            out.add(new Mention(h.start(), stop, name, title, head, country));
        }
        // a title set beside a name ("ông Lâm Vũ, Bí thư…") is that person's, not another's reference
        List<Mention> named = out.stream().filter(x -> x.name() != null).toList();
        out.removeIf(x -> x.name() == null && named.stream().anyMatch(n -> n.start() < x.start() && x.start() < n.end()));
        out.sort(java.util.Comparator.comparingInt(Mention::start));
        return out;
    }

    /**
     * Titles written one after the other for one person ("Phó Thủ tướng, Bộ trưởng Ngoại giao Bùi Thanh Sơn") are one
     * title, as the document gives it.
     */
    private static List<VietnameseTitles.Title> chained(String s, List<VietnameseTitles.Title> titles) {
        List<VietnameseTitles.Title> out = new ArrayList<>();
        for (VietnameseTitles.Title t : titles) {
            if (!out.isEmpty()) {
                VietnameseTitles.Title last = out.get(out.size() - 1);
                String between = s.substring(last.end(), t.start());
                if (between.matches("\\s*(?:,|kiêm)\\s*")) {
                    out.set(out.size() - 1, new VietnameseTitles.Title(last.start(), t.end(), s.substring(last.start(), t.end()).strip(), t.head(),
                            last.country() != null ? last.country() : t.country(), last.vietnameseOffice() || t.vietnameseOffice()));
                    continue;
                }
            }
            out.add(t);
        }
        return out;
    }

    /** Where a Vietnamese name closing the run [from, to) begins after other words, or -1. */
    private static int trailingVietnameseName(String s, int from, int to) {
        Matcher w = WORD.matcher(s).region(from, to);
        List<int[]> spans = new ArrayList<>();
        while (w.find()) {
            spans.add(new int[] {w.start(), w.end()});
        }
        for (int i = 1; i < spans.size(); i++) {
            int n = spans.size() - i;
            if (n >= 2 && n <= 4 && surname(s.substring(spans.get(i)[0], spans.get(i)[1]))
                    && looksVietnamese(s.substring(spans.get(i)[0], spans.get(spans.size() - 1)[1]))) {
                return spans.get(i)[0];
            }
        }
        return -1;
    }

    private static int words(String text) {
        return SPACES.split(text.strip(), -1).length;
    }

    /** Where the run of capitalised words starting at {@code from} ends (at most five words), or {@code from}. */
    static int nameEnd(String s, int from) {
        return nameEnd(s, from, LONGEST_NAME);
    }

    private static int nameEnd(String s, int from, int longest) {
        int end = from;
        int words = 0;
        Matcher w = WORD.matcher(s);
        int pos = from;
        while (words < longest && w.find(pos) && w.start() == VietnameseTitles.skipSpaces(s, pos)) {
            String word = w.group();
            boolean capitalised = Character.isUpperCase(word.codePointAt(0));
            boolean acronym = word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT));
            if (!capitalised || (acronym && !INITIALS.matcher(word).matches()) || NOT_NAMES.contains(word.toLowerCase(Locale.ROOT))) {
                break;
            }
            end = w.end();
            words++;
            pos = end;
        }
        return end;
    }

    /** The organisations a sentence names after the words organisations start with. */
    static List<Organisation> organisations(String s) {
        List<Organisation> out = new ArrayList<>();
        Matcher m = ORGANISATION.matcher(s);
        int from = 0;
        while (m.find(from)) {
            Organisation o = organisationAt(s, m.start());
            if (o != null) {
                out.add(o);
                from = o.end();
            } else {
                from = m.end();
            }
        }
        return out;
    }

    /** The organisation named at {@code from}: after a word organisations start with, or a capitalised run; or null. */
    static @Nullable Organisation organisationAt(String s, int from) {
        Matcher m = ORGANISATION.matcher(s).region(from, s.length());
        int end;
        if (m.lookingAt()) {
            int after = m.group().equals("Bộ") ? VietnameseTitles.ministry(s, from) : m.end();
            if (after == from) {
                return null;
            }
            end = Math.max(after, m.group().equals("Bộ") ? nameEnd(s, VietnameseTitles.skipSpaces(s, after)) : companyEnd(s, after));
            if (end == m.end()) {
                return null; // "Bộ" or "Tập đoàn" with nothing named after it
            }
            int runStart = VietnameseTitles.skipSpaces(s, after);
            int person = looksVietnamese(s.substring(runStart, end)) && after > m.end() ? runStart : trailingVietnameseName(s, runStart, end);
            if (person >= runStart && person > from) {
                end = person; // "Bộ Công Thương Nguyễn Hồng Diên": the minister's name is not the ministry's
            }
        } else {
            end = nameEnd(s, from);
            if (end == from) {
                return null;
            }
        }
        return new Organisation(from, end, s.substring(from, end).strip());
    }

    /** Words that join or follow a name and are never inside one ("Tập đoàn Boeing và Hãng…", "… đã ký"). */
    private static final Set<String> JOINING = Set.of("và", "với", "của", "tại", "cho", "từ", "ở", "trong", "đã", "sẽ", "là", "về", "được", "các",
            "những", "cùng", "theo", "nhằm", "để", "khi", "do", "vừa", "cũng", "đang", "có", "ký", "phối", "hợp", "tổ", "chức");

    /**
     * Where a company's name after its head ends: capitalised words, and up to two lower-case words between capitalised
     * ones ("Tập đoàn Điện lực Việt Nam", "Tổng công ty Lương thực miền Bắc"), never a joining word.
     */
    private static int companyEnd(String s, int from) {
        Matcher w = WORD.matcher(s);
        int end = from;
        int pos = from;
        int lower = 0;
        int words = 0;
        while (words < LONGEST_RUN && w.find(pos) && w.start() == VietnameseTitles.skipSpaces(s, pos)) {
            String word = w.group();
            boolean capitalised = Character.isUpperCase(word.codePointAt(0));
            if (!capitalised && (words == 0 || JOINING.contains(word.toLowerCase(Locale.ROOT)) || ++lower > 2)) {
                break;
            }
            if (capitalised) {
                if (NOT_NAMES.contains(word.toLowerCase(Locale.ROOT))) {
                    break;
                }
                lower = 0;
                end = w.end();
            }
            words++;
            pos = w.end();
        }
        return end;
    }

    private static void mark(boolean[] taken, int from, int to) {
        for (int i = from; i < to && i < taken.length; i++) {
            taken[i] = true;
        }
    }
}
