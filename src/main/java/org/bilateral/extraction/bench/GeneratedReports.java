package org.bilateral.extraction.bench;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.bilateral.extraction.PressRelease;

/**
 * Press releases of the genre's length and shape (a dateline, two to four engagements, titles, lists of companies,
 * a purchase, policy paragraphs, filler), with invented people and companies, deterministic for a seed.
 */
final class GeneratedReports {

    private static final String[] FAMILY = {"Nguyễn", "Trần", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô", "Dương"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Minh", "Quốc", "Hồng", "Đức", "Thanh", "Ngọc"};
    private static final String[] GIVEN = {"An", "Bình", "Cường", "Dũng", "Giang", "Hải", "Khoa", "Linh", "Nam", "Phúc", "Quang", "Sơn"};
    private static final String[] FIRST = {"Alan", "Beth", "Carl", "Dana", "Evan", "Fiona", "Grant", "Helen", "Ivan", "Julia", "Kyle", "Laura"};
    private static final String[] LAST = {"Archer", "Brook", "Carver", "Dalton", "Ellison", "Fairfax", "Garrett", "Holloway", "Ingram", "Jarvis"};
    private static final String[] STEM = {"Orion", "Cascade", "Summit", "Harbor", "Meridian", "Pioneer", "Granite", "Beacon", "Lotus", "Saigon"};
    private static final String[] FORM = {"Energy", "Group", "Airlines", "Corporation", "Aerospace", "Semiconductor", "Holdings", "Power"};
    private static final String[] OFFICE = {"Minister of Industry and Trade", "Deputy Minister of Finance", "Minister of Agriculture and Rural Development",
            "Deputy Prime Minister"};
    private static final String[] US_OFFICE = {"Secretary of Commerce", "Deputy Secretary of State", "Senator", "Trade Representative",
            "Under Secretary of Agriculture"};
    private static final String[] ITEMS = {"aircraft", "gas turbines", "tonnes of soybeans", "tonnes of corn", "GPU servers", "cargoes of LNG"};
    private static final String FILLER = "Both sides agreed that expanding cooperation with greater depth and higher added value would help "
            + "consolidate a long-term foundation for economic relations, and that maintaining regular, practical policy dialogue "
            + "plays an important role in consolidating trust, building consensus and creating a stable foundation for businesses. ";

    private GeneratedReports() {
    }

    static List<PressRelease> generate(int count, long seed) {
        Random r = new Random(seed);
        List<PressRelease> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(new PressRelease(String.format("generated-%05d.txt", i), report(r)));
        }
        return out;
    }

    /**
     * Generated releases told one after another, each in its own paragraphs, up to at least {@code characters}: a long
     * release of the genre's shape with a growing cast, as a compilation of a month's readouts would be.
     */
    static String concatenated(int characters, long seed) {
        Random r = new Random(seed);
        StringBuilder t = new StringBuilder(characters + 4_000);
        while (t.length() < characters) {
            t.append(t.isEmpty() ? "" : "\n\n").append(report(r));
        }
        return t.toString();
    }

    private static String report(Random r) {
        LocalDate published = LocalDate.of(2025, 1, 1).plusDays(r.nextInt(600));
        LocalDate held = published.minusDays(1 + r.nextInt(3));
        String vn = pick(r, FAMILY) + " " + pick(r, MIDDLE) + " " + pick(r, GIVEN);
        String us = pick(r, FIRST) + " " + pick(r, LAST);
        String us2 = pick(r, FIRST) + " " + pick(r, LAST);
        String company = pick(r, STEM) + " " + pick(r, FORM);
        String buyer = pick(r, STEM) + " " + pick(r, FORM);
        String month = held.format(DateTimeFormatter.ofPattern("MMMM d", Locale.ENGLISH));
        String shortVn = vn.substring(vn.lastIndexOf(' ') + 1);
        StringBuilder t = new StringBuilder();
        t.append("date ").append(published).append(r.nextBoolean() ? " HÀ NỘI — " : " WASHINGTON DC — ")
                .append("Vietnamese ").append(pick(r, OFFICE)).append(' ').append(vn).append(" held a working session with US ")
                .append(pick(r, US_OFFICE)).append(' ').append(us).append(" on ").append(month).append(", on the sidelines of the ")
                .append(pick(r, new String[] {"fourth", "fifth", "sixth", "seventh"})).append(" round of negotiations on the reciprocal trade agreement.\n\n");
        for (int p = 0; p < 3; p++) {
            t.append(FILLER).append(shortVn).append(" stressed that Việt Nam stays ready to expand imports of machinery, energy and ")
                    .append("high-technology products from the US, contributing to a more balanced trade relationship.\n\n");
        }
        t.append("Later, ").append(shortVn).append(" held separate meetings with executives of ").append(company).append(", ")
                .append(pick(r, STEM)).append(" Systems and ").append(pick(r, STEM)).append(" Logistics, delving into energy collaboration.\n\n");
        t.append(buyer).append(" signed a purchase agreement with ").append(company).append(" to buy ").append(2 + r.nextInt(200)).append(' ')
                .append(pick(r, ITEMS)).append(" worth $").append(1 + r.nextInt(9)).append('.').append(r.nextInt(10)).append(" billion.\n\n");
        if (r.nextBoolean()) {
            t.append("He called on the US side to soon recognise Việt Nam's market economy status and remove it from export control lists, ")
                    .append("and pledged to fight origin fraud and illegal transshipment.\n\n");
        }
        t.append("On ").append(held.plusDays(1).format(DateTimeFormatter.ofPattern("MMMM d", Locale.ENGLISH))).append(", the minister also met with ")
                .append("Senator ").append(us2).append(", a member of the Senate Committee on Finance, to discuss reciprocal tariffs.\n\n");
        t.append(FILLER).append(FILLER).append("— VNA/VNS");
        return t.toString();
    }

    private static String pick(Random r, String[] words) {
        return words[r.nextInt(words.length)];
    }
}
