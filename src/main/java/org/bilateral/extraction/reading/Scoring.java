package org.bilateral.extraction.reading;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.bilateral.extraction.Extraction;

/**
 * The corpus's scorer ({@code ../shared/corpus/score.py}) in Java, so that {@code bilateral evaluate} measures a reading
 * without a Python interpreter and gives exactly the figures {@code score.py} gives for the same reading.
 *
 * <p>An {@link Extraction} is scored as {@code score.py} scores what {@code ExtractionContract.of} makes of it: dates and
 * the publication date as {@code ReportedDate}'s text, issues as their topic codes. The gold's JSON {@code null} reaches
 * here as {@code ""} (see {@link Corpus}): an empty alias is no alias, an empty date no day date, an empty seller "any
 * seller", an empty publication date "none given", as {@code None} is in {@code score.py}.
 *
 * <p>One difference in principle, none in practice: {@code score.py} drops the marks of canonical combining class other
 * than 0, this class every character of Unicode's category M. After NFKD the two differ only on spacing marks of
 * scripts the corpus does not use (Devanagari, Thai), where {@code score.py} would then turn the kept mark into a space.
 *
 * <p>A {@link Score} holds counts, not ratios, so the scores of documents add up: a folder's figures and the overall ones
 * come from the same counts. {@link Score#report} then rounds as {@code score.py} does.
 */
public final class Scoring {

    /** The words a title's score leaves out, as {@code score.py}'s {@code STOP}. */
    private static final Set<String> STOP = Set.of("of", "the", "and", "for", "us", "u", "s", "vietnam", "viet", "nam",
            "vietnamese", "a", "an");
    private static final Pattern COMBINING = Pattern.compile("\\p{M}");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");
    private static final Pattern DAY_DATE = Pattern.compile("(\\d{4}|XXXX)-\\d{2}-\\d{2}");

    private Scoring() {
    }

    /** The metrics with precision and recall, in {@code score.py}'s order. */
    public enum Metric {
        PARTICIPANTS, DATED, PEOPLE, COMMITMENTS, ISSUES, ROUNDS, PUBLISHED;

        /** The name {@code score.py} prints. */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** True positives, false positives and false negatives of one metric. */
    public record Tally(int tp, int fp, int fn) {

        public static final Tally ZERO = new Tally(0, 0, 0);

        public Tally plus(Tally other) {
            return new Tally(tp + other.tp, fp + other.fp, fn + other.fn);
        }

        public boolean empty() {
            return tp + fp + fn == 0;
        }

        /** 1.0 when nothing was predicted, as in {@code score.py}. */
        public double precision() {
            return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
        }

        /** 1.0 when nothing was to be found, as in {@code score.py}. */
        public double recall() {
            return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
        }
    }

    /**
     * The counts of one or more documents: a tally per metric ({@link Metric} order) and the title score of each gold
     * person, in document order (their mean is the titles figure; kept one by one so that the sum is taken in
     * {@code score.py}'s order and rounds alike).
     */
    public record Score(List<Tally> tallies, List<Double> titles) {

        public static final Score NONE = new Score(java.util.Collections.nCopies(Metric.values().length, Tally.ZERO), List.of());

        public Score {
            if (tallies.size() != Metric.values().length) {
                throw new IllegalArgumentException("a score has one tally per metric, not " + tallies.size());
            }
            tallies = List.copyOf(tallies);
            titles = List.copyOf(titles);
        }

        public Tally tally(Metric metric) {
            return tallies.get(metric.ordinal());
        }

        /** These counts and the other's, as if the documents of both had been scored in one run (this one's first). */
        public Score plus(Score other) {
            List<Tally> sum = new ArrayList<>();
            for (int i = 0; i < tallies.size(); i++) {
                sum.add(tallies.get(i).plus(other.tallies.get(i)));
            }
            List<Double> both = new ArrayList<>(titles);
            both.addAll(other.titles);
            return new Score(sum, both);
        }

        public static Score sum(List<Score> scores) {
            Score total = NONE;
            for (Score s : scores) {
                total = total.plus(s);
            }
            return total;
        }

        /** The figures {@code score.py} prints for these counts, rounded as it rounds them. */
        public Report report() {
            List<Line> lines = new ArrayList<>();
            double sum = 0;
            for (Metric m : Metric.values()) {
                Tally t = tally(m);
                if (t.empty()) {
                    continue; // score.py leaves out a metric with nothing to count, also from the overall mean
                }
                Line line = new Line(m, round3(t.precision()), round3(t.recall()), round3(t.f1()), t);
                lines.add(line);
                sum += line.f1();
            }
            double titlesSum = 0;
            for (double t : titles) {
                titlesSum += t;
            }
            double titlesF1 = titles.isEmpty() ? 1.0 : round3(titlesSum / titles.size());
            sum += titlesF1;
            // score.py averages the rounded figures (titles last) and rounds the mean again.
            return new Report(lines, titlesF1, titles.size(), round3(sum / (lines.size() + 1)));
        }
    }

    /** A metric's figures, rounded to three places; {@code tally} the counts they come from. */
    public record Line(Metric metric, double precision, double recall, double f1, Tally tally) {
    }

    /** What {@code score.py} prints: the metrics that had anything to count, the titles' mean F1, the overall mean. */
    public record Report(List<Line> lines, double titlesF1, int titles, double overall) {
        public Report {
            lines = List.copyOf(lines);
        }

        /** The line of this metric; empty when it had nothing to count. */
        public java.util.Optional<Line> line(Metric metric) {
            return lines.stream().filter(l -> l.metric() == metric).findFirst();
        }
    }

    /** Python's {@code round(x, 3)}: the double's exact value rounded half to even. */
    static double round3(double x) {
        return new BigDecimal(x).setScale(3, RoundingMode.HALF_EVEN).doubleValue();
    }

    /**
     * {@code score.py}'s {@code norm}: compatibility decomposition, đ as d, combining marks dropped, lower case, every
     * run of other characters than a-z and 0-9 one space; {@code null} stays {@code null}.
     */
    public static @Nullable String norm(String name) {
        if (name == null) {
            return null;
        }
        String text = Normalizer.normalize(name, Normalizer.Form.NFKD).replace("đ", "d").replace("Đ", "D");
        text = COMBINING.matcher(text).replaceAll("").toLowerCase(java.util.Locale.ROOT);
        return NOT_ALPHANUMERIC.matcher(text).replaceAll(" ").strip();
    }

    /** One document's counts; {@code predicted} null when the reader gave nothing for it (all misses). */
    public static Score score(GoldDocument gold, Extraction predicted) {
        return DocumentTallies.of(gold, predicted);
    }

    static boolean isDayDate(String date) {
        return date != null && DAY_DATE.matcher(date).matches();
    }

    /** The F1 of the title's words against the gold title's, leaving out {@link #STOP}. */
    static double tokenF1(String predicted, String gold) {
        Set<String> p = titleTokens(predicted);
        Set<String> g = titleTokens(gold);
        if (p.isEmpty() || g.isEmpty()) {
            return 0.0;
        }
        long common = p.stream().filter(g::contains).count();
        if (common == 0) {
            return 0.0;
        }
        double precision = (double) common / p.size();
        double recall = (double) common / g.size();
        return 2 * precision * recall / (precision + recall);
    }

    private static Set<String> titleTokens(String title) {
        String n = norm(title);
        Set<String> out = new HashSet<>();
        if (n == null || n.isEmpty()) {
            return out;
        }
        for (String token : n.split(" ")) {
            if (!STOP.contains(token)) {
                out.add(token);
            }
        }
        return out;
    }
}
