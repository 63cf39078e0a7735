package org.bilateral.extraction.reading;

import org.jspecify.annotations.Nullable;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dateline step: where a report was filed from ("WASHINGTON –", "HÀ NỘI (VNA) —", "HANOI, November 14, 2019 --",
 * the wires' "Seoul, June 15 (Yonhap)--", "WASHINGTON, Oct 3 (Reuters) -", "HANOI (AFP) -"), and where the text proper
 * starts after it, since the dateline's date is the release's ({@link Dates#published}), not an event's.
 */
final class Datelines {

    static final Pattern DATELINE = Pattern.compile(
            "^(?:date\\s+\\d{4}-\\d{2}-\\d{2}\\s+)?((?:\\p{Lu}[\\p{Lu}\\p{M}.']*)(?:[ ,]+\\p{Lu}[\\p{Lu}\\p{M}.']*){0,3}"
                    + "|\\p{Lu}[\\p{L}\\p{M}]+(?: \\p{Lu}[\\p{L}\\p{M}]+){0,3}(?=,\\s+\\p{Lu}[a-z]+\\.?\\s+\\d))"
                    + "(?:,[^—–]{0,30}?)?\\s*(?:\\([^)]{1,30}\\)\\s*)?(?:/[^/]{1,30}/\\s*)?(?:[—–]|\\s-{1,2}\\s|(?<=\\))-{1,2}|(?<=\\p{Lu}{2}):\\s)");

    private Datelines() {
    }

    static int end(String sentence) {
        Matcher m = DATELINE.matcher(sentence);
        return m.find() ? m.end() : 0;
    }

    /** The place a report was filed from: "WASHINGTON DC —", "HÀ NỘI —". */
    static @Nullable String of(CleanText clean) {
        for (CleanText.Block b : clean.blocks) {
            // A dateline opens the story's first paragraph, or stands alone above it ("CANBERRA – 9 June 2026").
            Matcher m = DATELINE.matcher(clean.text.substring(b.start(), b.end()));
            if (m.find()) {
                return titleCase(m.group(1).strip());
            }
            if (b.kind() == CleanText.BlockKind.BODY) {
                return null;
            }
        }
        return null;
    }

    /**
     * The country of the release's issuer when a line above the story names it: "The White House", "U.S. Department of
     * State", "Ministry of Foreign Affairs of Japan", "Delegation of the European Union to Vietnam". Null when none does.
     */
    static @Nullable String issuerCountry(CleanText clean) {
        for (CleanText.Block b : clean.blocks) {
            if (b.kind() == CleanText.BlockKind.BODY) {
                return null;
            }
            String line = clean.text.substring(b.start(), b.end());
            String seat = Lexicon.SEATS_OF_GOVERNMENT.get(org.bilateral.shared.NameKey.of(line));
            if (seat != null) {
                return seat;
            }
            if (ISSUER.matcher(line).matches()) {
                String code = Names.countryOf(line);
                if (code != null) {
                    return code;
                }
            }
        }
        return null;
    }

    private static final Pattern ISSUER = Pattern.compile(
            "^(?:The\\s+)?(?:(?:Office|Ministry|Department|Embassy|Mission|Delegation|Consulate|Permanent Mission|Press Office)\\s+of\\s+.{3,80}"
                    + "|(?:\\p{Lu}[\\p{L}.]*\\s+){1,4}(?:Department of State|Ministry of .{3,40}|Embassy(?: in .{3,30})?|Government|Mission(?: to .{3,30})?))$");

    static String titleCase(String upper) {
        StringBuilder out = new StringBuilder();
        for (String w : upper.split(" ")) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            if (w.length() <= 2 || w.contains(".")) {
                out.append(w);
            } else {
                out.append(w.charAt(0)).append(w.substring(1).toLowerCase(Locale.ROOT));
            }
        }
        return out.toString();
    }

}
