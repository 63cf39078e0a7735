package org.bilateral.briefs.render;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bilateral.briefs.Brief;
import org.bilateral.shared.CountryCode;
import org.bilateral.doors.Figures;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/**
 * A brief's words in its language: labels from the messages, amounts, shares and dates as the reader writes them
 * ("1.234,5 tỷ USD", "ngày 15/3/2026"), for every format alike; templates call it as {@code w}.
 */
public final class BriefWords {

    private final MessageSource messages;
    private final Locale locale;

    public BriefWords(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    public String t(String key, @Nullable Object... args) {
        return messages.getMessage(key, args, locale);
    }

    /** A label where the messages have one, else null. */
    public @Nullable String tOrNull(String key) {
        return messages.getMessage(key, null, null, locale);
    }

    /** A label where the messages have one, else the text given (a name the data carries, as recorded). */
    public String tOr(String key, String otherwise) {
        String label = tOrNull(key);
        return label == null ? otherwise : label;
    }

    /** The Hill's sentences, in this brief's language. */
    public HillWords hill() {
        return new HillWords(this);
    }

    /** The offers section's sentences, in this brief's language. */
    public OffersWords offers() {
        return new OffersWords(this);
    }

    /** A label written inside a CSS string, as the PDF's page margins say it: a quote or a backslash escaped. */
    public String cssText(String key) {
        return t(key).replace("\\", "\\\\").replace("\"", "\\\"");
    }

    public String usd(@Nullable BigDecimal amount) {
        return Figures.usdAmount(amount, locale);
    }

    public String range(@Nullable BigDecimal low, @Nullable BigDecimal high) {
        if (low == null && high == null) {
            return usd(null);
        }
        return high == null || low == null || low.compareTo(high) == 0 ? usd(low == null ? high : low) : usd(low) + " – " + usd(high);
    }

    public String share(@Nullable BigDecimal fraction) {
        return Figures.share(fraction, locale);
    }

    public String share(@Nullable Double fraction) {
        return Figures.share(fraction == null ? null : BigDecimal.valueOf(fraction), locale);
    }

    public String rate(@Nullable BigDecimal percent) {
        return Figures.ratePercent(percent, locale);
    }

    public String date(@Nullable LocalDate day) {
        return Figures.date(day, locale);
    }

    public String date(Instant instant) {
        return Figures.date(instant.atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDate(), locale);
    }

    public String month(@Nullable YearMonth month) {
        return month == null ? "—" : Figures.month(month, locale);
    }

    /** A score or ratio to three decimals, with the reader's decimal mark. */
    public String decimal(double value) {
        String text = String.format(Locale.ROOT, "%.3f", value);
        return locale.getLanguage().equals("vi") ? text.replace('.', ',') : text;
    }

    public String stage(@Nullable String stage) {
        return stage == null ? "—" : t("stage." + stage);
    }

    public String status(@Nullable String status) {
        return t("askStatus." + status);
    }

    public String topic(String topic) {
        return t("brief.topic." + topic);
    }

    public String kind(String kind) {
        return t("engagementKind." + kind);
    }

    /** A source's reference as the text carries it: "[3]"; nothing for none. */
    public String ref(int source) {
        return source <= 0 ? "" : "[" + source + "]";
    }

    /** Several sources' references: "[1] [3]". */
    public String refs(List<Integer> sources) {
        return String.join(" ", sources.stream().map(this::ref).filter(r -> !r.isEmpty()).toList());
    }

    // The brief's sentences, each written once here for the page, the PDF and the DOCX alike.

    public String title(org.bilateral.briefs.BriefRequest r) {
        return t("brief.title", country(r.a()), country(r.b()), date(r.forDate()));
    }

    /** The pair as the cover names it: "Việt Nam – Hoa Kỳ" in Vietnamese, "VN – US" in English. */
    public String pair(org.bilateral.briefs.BriefRequest r) {
        return country(r.a()) + " – " + country(r.b());
    }

    /** One side to another: "Việt Nam → Hoa Kỳ", "VN → US". */
    public String direction(CountryCode from, CountryCode to) {
        return country(from) + " → " + country(to);
    }

    /**
     * A country as the reader names it. In Vietnamese by the JDK's own locale data ("Hoa Kỳ", "Trung Quốc"), never a
     * hand list; in English by its ISO code, as the English brief has always written the pair ("VN–US").
     */
    public String country(@Nullable CountryCode code) {
        return code == null ? "" : country(code.value());
    }

    public String country(String code) {
        if (!vietnamese() || !code.matches("[A-Z]{2}")) {
            return code;
        }
        if (code.equals("XW")) {
            // the statistics' partner "world", inside a sentence of the brief in lower case
            return t("brief.world");
        }
        return CountryCode.of(code).name(locale);
    }

    /**
     * A period as the statistics name it ("2025 (Jan–Mar)", the months held of a year in English abbreviations), in the
     * reader's words: "2025 (tháng 1–3)" in Vietnamese.
     */
    public String period(String period) {
        if (!vietnamese()) {
            return period;
        }
        Matcher span = MONTH_SPAN.matcher(period);
        if (span.matches() && span.group(1).equals(span.group(3))) {
            // "2026-01/2026-11", a year to date: "tháng 1–11/2026"
            return "tháng " + Integer.parseInt(span.group(2)) + "–" + Integer.parseInt(span.group(4)) + "/" + span.group(1);
        }
        Matcher m = MONTH_NAME.matcher(period);
        StringBuilder out = new StringBuilder();
        boolean first = true;
        while (m.find()) {
            m.appendReplacement(out, (first ? "tháng " : "") + (MONTH_NAMES.indexOf(m.group()) + 1));
            first = false;
        }
        return m.appendTail(out).toString();
    }

    private static final Pattern MONTH_SPAN = Pattern.compile("(\\d{4})-(\\d{2})/(\\d{4})-(\\d{2})");
    private static final List<String> MONTH_NAMES = List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec");
    private static final Pattern MONTH_NAME = Pattern.compile("\\b(" + String.join("|", MONTH_NAMES) + ")\\b");

    /** The screen's triangle, "CN→VN→US", with each country named as {@link #country(String)} names it. */
    public String triangle(@Nullable String triangle) {
        return triangle == null ? "" : countries(triangle).replace("→", vietnamese() ? " → " : "→");
    }

    /** Every country code standing alone in a line the composer wrote ("UN Comtrade (VN)"), named in the reader's language. */
    private String countries(String text) {
        if (!vietnamese()) {
            return text;
        }
        Matcher m = CODE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(country(m.group())));
        }
        return m.appendTail(out).toString();
    }

    private static final Pattern CODE = Pattern.compile("(?<![A-Za-z])[A-Z]{2}(?![A-Za-z])");

    private boolean vietnamese() {
        return locale.getLanguage().equals("vi");
    }

    /**
     * An ask's statement in the brief's language: its Vietnamese statement in a Vietnamese brief, or, where it has none,
     * the English one marked as such, so that the reader knows the words are not the ministry's.
     */
    public String statement(Brief.AskLine l) {
        if (!vietnamese()) {
            return l.statement();
        }
        String vi = l.statementVi();
        return vi != null && !vi.isBlank() ? vi : l.statement() + " " + t("brief.asks.englishOnly");
    }

    /** The statistics side of a target as the commitments section wrote it, in the reader's words. */
    public String attainedSide(String side) {
        Matcher exports = EXPORTS_TO.matcher(side);
        if (exports.matches()) {
            return t("brief.commitments.exportsTo", country(exports.group(1)), country(exports.group(2)), exports.group(3));
        }
        Matcher imports = IMPORTS_FROM.matcher(side);
        return imports.matches() ? t("brief.commitments.importsFrom", country(imports.group(1)), country(imports.group(2))) : side;
    }

    // the labels of commitments.targets.StatisticsSide, the one place they are written
    private static final Pattern EXPORTS_TO = Pattern.compile("([A-Z]{2}) exports to ([A-Z]{2}) \\(\\1 statistics, (FAS|FOB)\\)");
    private static final Pattern IMPORTS_FROM = Pattern.compile("([A-Z]{2}) imports from ([A-Z]{2}) \\(\\1 statistics, CIF\\)");

    /**
     * A source's name in the reader's words: the register by its name, a dataset with its reporter named ("UN Comtrade
     * (Việt Nam)"), a position's file and line as {@link #sourceDetail} says them.
     */
    public String sourceLabel(Brief.Source s) {
        if (s.kind() == Brief.Source.Kind.REGISTER && s.label().equals("Bilateral deal register")) {
            return t("brief.source.dealRegister");
        }
        if (s.kind() == Brief.Source.Kind.REGISTER && s.label().equals("Members of Congress and their committees")) {
            return t("brief.source.congress");
        }
        if (s.kind() == Brief.Source.Kind.REGISTER && s.label().equals("Bilateral offers register")) {
            return t("brief.source.offersRegister");
        }
        Matcher world = WORLD_RUN.matcher(s.label());
        if (world.matches()) {
            return t("brief.source.worldRun", world.group(1));
        }
        Matcher schedule = SCHEDULE.matcher(s.label());
        if (schedule.matches()) {
            return t("brief.source.schedule", date(LocalDate.parse(schedule.group(1))));
        }
        Matcher stateExports = STATE_EXPORTS.matcher(s.label());
        if (s.kind() == Brief.Source.Kind.STATISTICS && stateExports.matches()) {
            return t("brief.source.stateExports", country(stateExports.group(1)));
        }
        Matcher reporter = REPORTER.matcher(s.label());
        return reporter.matches() ? reporter.group(1) + "(" + country(reporter.group(2)) + ")" : described(s.label());
    }

    /** What a source is, in the reader's words: an import's file and number, a file's line, the register's count of deals. */
    public String sourceDetail(Brief.Source s) {
        return described(s.detail());
    }

    private String described(String text) {
        Matcher on = STATISTICS_ON.matcher(text);
        if (on.matches()) {
            return t("brief.source.statisticsOn", country(on.group(1)), country(on.group(2)), on.group(3), on.group(4), on.group(5))
                    + (on.group(6) == null ? "" : ", " + t("brief.sourceSynthetic"));
        }
        Matcher months = MONTHS.matcher(text);
        if (months.matches()) {
            return t("brief.source.months", month(YearMonth.parse(months.group(1))), month(YearMonth.parse(months.group(2))));
        }
        Matcher release = RELEASE.matcher(text);
        if (release.matches()) {
            return t("brief.source.release", release.group(1)) + release.group(2);
        }
        Matcher imported = IMPORT.matcher(text);
        if (imported.matches()) {
            return t("brief.source.import", imported.group(1), imported.group(2));
        }
        Matcher line = LINE.matcher(text);
        if (line.matches()) {
            return t("brief.source.line", line.group(1), line.group(2));
        }
        Matcher entered = ENTERED.matcher(text);
        if (entered.matches()) {
            return t("brief.source.enteredBy", entered.group(1));
        }
        Matcher deals = DEALS.matcher(text);
        return deals.matches() ? t("brief.source.deals", Integer.parseInt(deals.group(1)), country(deals.group(2)), country(deals.group(3)))
                : text;
    }

    // the details briefs.BriefSources, AsksSection, EngagementsSection and CommitmentsSection write
    private static final Pattern IMPORT = Pattern.compile("(.*), import #(\\d+)");
    private static final Pattern LINE = Pattern.compile("(.*), line (\\d+)");
    private static final Pattern RELEASE = Pattern.compile("press release #(\\d+)(.*)");
    private static final Pattern REPORTER = Pattern.compile("(.* )\\(([A-Z]{2})\\)");
    // the lines tradestats.StatisticsSources writes for the screens and the stakes
    private static final Pattern STATISTICS_ON = Pattern.compile("([A-Z]{2}) statistics on ([A-Z]{2}): (.*) #(\\d+) \\((.*)\\)(, synthetic)?");
    // the label briefs.OffersSection writes of the tariff schedule
    /** The source of the world screen's line (issue 35): one dated run, by its number. */
    private static final Pattern WORLD_RUN = Pattern.compile("world run (\\d+)");
    private static final Pattern SCHEDULE = Pattern.compile("Vietnam's tariff schedule in force from (\\d{4}-\\d{2}-\\d{2})");
    // the lines briefs.HillSection writes of the state statistics
    private static final Pattern STATE_EXPORTS = Pattern.compile("US Census, exports by state of origin \\(([A-Z]{2})\\)");
    private static final Pattern MONTHS = Pattern.compile("(\\d{4}-\\d{2}) to (\\d{4}-\\d{2})");
    private static final Pattern ENTERED = Pattern.compile("entered by (.*)");
    private static final Pattern DEALS = Pattern.compile("(\\d+) deals? of ([A-Z]{2}) and ([A-Z]{2})");

    public String prepared(Brief b) {
        return b.dataAsOf() == null ? t("brief.preparedNoData", date(b.preparedAt()))
                : t("brief.prepared", date(b.preparedAt()), month(b.dataAsOf()));
    }

    /** A side's headline figures, with the balance a year earlier where there is one. */
    public String headline(Brief.Side s) {
        return t("brief.balance.headline", country(s.reporter()), period(s.period()), usd(s.exports()), usd(s.imports()), usd(s.balance()))
                + (s.balanceYearEarlier() == null ? "" : " " + t("brief.balance.yearEarlier", usd(s.balanceYearEarlier())));
    }

    public String total(Brief.Commitments c) {
        return t("brief.commitments.total", c.counted(), range(c.lowUsd(), c.highUsd()));
    }

    public String window(Brief.Engagements e) {
        return t("brief.engagements.window", date(e.from()), date(e.to()));
    }

    /** The round the brief is for, as its line in the section names it; nothing where the date is no round's. */
    public String round(Brief.Engagements e) {
        if (e.round() == null) {
            return "";
        }
        return e.lines().stream().filter(l -> l.id() == e.round()).findFirst()
                .map(l -> l.place() == null ? t("brief.engagements.round", date(l.day())) : t("brief.engagements.roundAt", date(l.day()), l.place()))
                .orElse("");
    }

    /** Whether this line is the round the brief is for. */
    public boolean isRound(Brief.Engagements e, Brief.EngagementLine l) {
        return e.round() != null && e.round() == l.id();
    }

    public String risksIntro(Brief.Risks k) {
        return t("brief.risks.intro", triangle(k.triangle()), k.screened());
    }

    /** Where the pair's hub stands among every hub of the world screen's latest run (issue 35), or nothing without one. */
    public String world(Brief.Risks k) {
        return k.world() == null ? "" : k.world().line(messages, locale);
    }

    /** The country's rerouting bound, or nothing where the screen could not give it. */
    public String bound(Brief.Risks k) {
        return k.boundShare() == null ? "" : t("brief.risks.bound", year(k.boundYear()), share(k.boundShare()));
    }

    public String previous(Brief.Changes c) {
        return t("brief.changes.previous", c.previousBrief(), date(c.previousFor()));
    }

    /** The headline balance then and now, or nothing where either is unknown. */
    public String balanceChange(Brief.Changes c) {
        return c.previousBalance() == null || c.balance() == null ? ""
                : t("brief.changes.balance", usd(c.previousBalance()), usd(c.balance()));
    }

    /** A deal's change: its stage then and now, its value then and now, or both. */
    public String change(Brief.DealChange d) {
        List<String> parts = new ArrayList<>();
        if (d.from() == null || d.stageChanged()) {
            parts.add((d.from() == null ? t("brief.new") : stage(d.from())) + " → " + stage(d.to()));
        }
        if (d.from() != null && d.valueChanged()) {
            parts.add(t("brief.changes.value", value(d.fromLowUsd(), d.fromHighUsd()), value(d.lowUsd(), d.highUsd())));
        }
        return t("brief.changes.dealWhat", d.deal(), String.join("; ", parts));
    }

    /** A value as reported, or that none was. */
    public String value(@Nullable BigDecimal low, @Nullable BigDecimal high) {
        return low == null && high == null ? t("brief.changes.noValue") : range(low, high);
    }

    /** The deals newly counted and what they add up to. */
    public String countedTotal(Brief.Changes c) {
        return t("brief.changes.counted", c.counted().size(), range(c.countedLowUsd(), c.countedHighUsd()));
    }

    public String counted(Brief.NewDeal d) {
        return t("brief.changes.countedDeal", d.deal(), stage(d.stage()), value(d.lowUsd(), d.highUsd()));
    }

    /** A deal the totals no longer add, with its stage and value as the previous brief held them. */
    public String uncounted(Brief.NewDeal d) {
        return t("brief.changes.uncounted", d.deal(), stage(d.stage()), value(d.lowUsd(), d.highUsd()));
    }

    public String merge(Brief.Merge m) {
        return t(m.confirmed() ? "brief.changes.merged" : "brief.changes.notMerged", t("merges.subject." + m.subject()), m.merged(),
                m.kept());
    }

    public String position(Brief.NewPosition p) {
        return p.where() == null ? t("brief.changes.position", p.ask(), date(p.saidOn()), p.who())
                : t("brief.changes.positionAt", p.ask(), date(p.saidOn()), p.who(), p.where());
    }

    /** The statistics' latest month then and now; nothing where neither brief had statistics. */
    public String monthChange(Brief.Changes c) {
        if (c.previousMonth() == null && c.month() == null) {
            return "";
        }
        return Objects.equals(c.previousMonth(), c.month()) ? t("brief.changes.monthSame", month(c.month()))
                : t("brief.changes.month", month(c.previousMonth()), month(c.month()));
    }

    /**
     * Every change since the previous brief, a sentence each, in the order the brief gives them: the statistics, the
     * deals newly counted with their total, the deals changed, the merges, the asks and their new positions. The same
     * lines for the page, the PDF, the DOCX and the spreadsheet.
     */
    public List<String> changeLines(Brief.Changes c) {
        List<String> lines = new ArrayList<>();
        if (c.compared() == null) {
            lines.add(t("brief.changes.notKept"));
        }
        String monthLine = monthChange(c);
        if (!monthLine.isEmpty()) {
            lines.add(monthLine);
        }
        if (!c.newEngagements().isEmpty()) {
            lines.add(t("brief.changes.engagements", c.newEngagements().size()));
        }
        if (!c.counted().isEmpty()) {
            lines.add(countedTotal(c));
            c.counted().forEach(d -> lines.add(counted(d)));
        }
        c.uncounted().forEach(d -> lines.add(uncounted(d)));
        c.deals().forEach(d -> lines.add(change(d)));
        c.merges().forEach(m -> lines.add(merge(m)));
        c.asks().forEach(a -> lines.add(change(a)));
        c.positions().forEach(p -> lines.add(position(p)));
        if (c.none()) {
            lines.add(t("brief.changes.none"));
        }
        return lines;
    }

    /**
     * An ask's latest position in one line: its day, who took it and where, each only where known, so that a missing
     * part leaves no empty slot between commas.
     */
    public String latest(Brief.AskLine l) {
        if (l.latestOn() == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        parts.add(date(l.latestOn()));
        for (String part : new String[] {l.latestWho(), l.latestWhere()}) {
            if (part != null && !part.isBlank()) {
                parts.add(part.strip());
            }
        }
        return String.join(", ", parts);
    }

    public String change(Brief.AskChange a) {
        return t("brief.changes.ask", a.number(), a.from() == null ? t("brief.new") : status(a.from()), status(a.to()));
    }

    /** What an ask is worth, in one line. */
    public String stake(Brief.@Nullable Stake s) {
        if (s == null) {
            return "";
        }
        return switch (s.kind()) {
            case ORDERS -> s.counted() == null ? t("brief.stake.ORDERS", s.count(), usd(s.valueUsd()), year(s.year()))
                    : t("brief.stake.ordersCounted", s.count(), s.counted(), usd(s.valueUsd()), year(s.year()))
                            + (s.text() == null ? "" : sameAmount(s.partUsd(), s.valueUsd()) ? t("brief.stake.ordersAllIn", s.text())
                                    : t("brief.stake.ordersMostIn", usd(s.partUsd()), s.text()));
            case EXPORT_CONTROLS -> t("brief.stake.EXPORT_CONTROLS", s.text(), usd(s.valueUsd()), year(s.year()));
            case TARIFF -> t("brief.stake.TARIFF", rate(s.ratePercent()), usd(s.valueUsd()), year(s.year()));
            case TRANSSHIPMENT -> s.until() == null ? t("brief.stake.TRANSSHIPMENT", rate(s.ratePercent()), s.text())
                    : t("brief.stake.transshipmentUntil", rate(s.ratePercent()), s.text(), until(s.until()));
            case UNAVAILABLE -> t("brief.stake.UNAVAILABLE", s.unavailable());
        };
    }

    /** Whether the leading orders' imports are all the orders' imports: equal by value, and known both. */
    private static boolean sameAmount(@Nullable BigDecimal part, @Nullable BigDecimal whole) {
        return part != null && whole != null && part.compareTo(whole) == 0;
    }

    /** The heading of the risks' added duty: until when its rate was charged, where it has ended. */
    public String riskDuty(Brief.Risks r) {
        return r.dutyUntil() == null ? t("brief.risks.duty") : t("brief.risks.dutyUntil", until(r.dutyUntil()));
    }

    /** The day a rate stopped: in Vietnamese as the brief writes its dates, in English as the risk screen says it (ISO). */
    private String until(LocalDate day) {
        return vietnamese() ? date(day) : day.toString();
    }

    /** A year without grouping ("2024", not "2,024"), or a dash where unknown. */
    public String year(@Nullable Integer year) {
        return year == null ? "—" : String.valueOf(year);
    }
}
