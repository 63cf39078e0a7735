package org.bilateral.extraction.reading;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A press release as plain text in blocks (paragraphs), whatever it arrived as: HTML and Markdown lose their markup,
 * and scraped noise (time-stamp lines, menu crumbs) is set aside but kept for the dates it carries.
 */
final class CleanText {

    enum BlockKind { HEADLINE, BODY }

    record Block(int start, int end, BlockKind kind) {
    }

    final String text;
    final List<Block> blocks;
    /** Lines dropped as noise: repeated time stamps and the like. Dates in them still hint at publication. */
    final List<String> stamps;

    private CleanText(String text, List<Block> blocks, List<String> stamps) {
        this.text = text;
        this.blocks = blocks;
        this.stamps = stamps;
    }

    private static final Pattern HTML = Pattern.compile("(?i)<\\s*(p|div|html|body|br|h[1-6]|article|span|li|table|a)\\b");
    private static final Pattern SCRIPT = Pattern.compile("(?is)<(script|style|head|nav|footer|noscript)\\b.*?</\\1\\s*>");
    private static final Pattern BLOCK_TAG = Pattern.compile("(?i)</?\\s*(p|div|br|h[1-6]|li|tr|article|section|header|blockquote|figcaption|figure|ul|ol|table)\\b[^>]*>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#x?[0-9a-fA-F]+|[a-zA-Z]+);");
    private static final Pattern MD_IMAGE = Pattern.compile("!\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern MD_LINK = Pattern.compile("\\[([^\\]]+)]\\([^)]*\\)");
    private static final Pattern MD_MARKS = Pattern.compile("(\\*\\*|__|(?<=\\s|^)\\*(?=\\S)|(?<=\\S)\\*(?=\\s|$|[.,;:]))");
    private static final Pattern MD_PREFIX = Pattern.compile("(?m)^[ \\t]{0,3}(#{1,6}[ \\t]+|>[ \\t]?|[-*+][ \\t]+(?=\\S))");
    private static final Pattern TIME = Pattern.compile("\\b\\d{1,2}:\\d{2}\\b");
    private static final Pattern NUMERIC_DATE = Pattern.compile("\\b\\d{1,2}/\\d{1,2}/\\d{4}\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…\"”’)]\\s*$");

    static CleanText of(String raw) {
        String text = Normalizer.normalize(raw.replace("\r\n", "\n").replace('\r', '\n'), Normalizer.Form.NFC);
        text = text.replace('\u00a0', ' ').replace("\u200b", "").replace("\ufeff", "");
        if (HTML.matcher(text).find()) {
            text = SCRIPT.matcher(text).replaceAll(" ");
            text = BLOCK_TAG.matcher(text).replaceAll("\n");
            text = TAG.matcher(text).replaceAll("");
            text = decodeEntities(text);
        }
        if (looksLikeMarkdown(text)) {
            text = MD_IMAGE.matcher(text).replaceAll("$1");
            text = MD_LINK.matcher(text).replaceAll("$1");
            text = MD_PREFIX.matcher(text).replaceAll("");
            text = MD_MARKS.matcher(text).replaceAll("");
        }
        StringBuilder out = new StringBuilder(text.length());
        List<Block> blocks = new ArrayList<>();
        List<String> stamps = new ArrayList<>();
        boolean bodySeen = false;
        String previous = null;
        for (String line : Furniture.lines(Wrapping.unwrap(text.split("\n", -1)))) {
            line = stripTablePipes(line);
            if (line.isEmpty() || line.equals(previous)) {
                continue; // a photo caption repeated under its picture is said once
            }
            previous = line;
            if (isStamp(line)) {
                stamps.add(line);
                continue;
            }
            if (!out.isEmpty()) {
                out.append("\n\n");
            }
            int start = out.length();
            out.append(line);
            boolean headline = isHeadline(line, bodySeen);
            bodySeen |= !headline;
            blocks.add(new Block(start, out.length(), headline ? BlockKind.HEADLINE : BlockKind.BODY));
        }
        return new CleanText(out.toString(), List.copyOf(blocks), List.copyOf(stamps));
    }

    private static boolean looksLikeMarkdown(String text) {
        if (text.indexOf('[') < 0 && text.indexOf('#') < 0 && text.indexOf("**") < 0) {
            return false;
        }
        return MD_IMAGE.matcher(text).find() || MD_LINK.matcher(text).find()
                || Pattern.compile("(?m)^#{1,6}[ \\t]|\\*\\*\\S").matcher(text).find();
    }

    private static String stripTablePipes(String line) {
        String l = line;
        while (l.endsWith("|")) {
            l = l.substring(0, l.length() - 1).strip();
        }
        while (l.startsWith("|")) {
            l = l.substring(1).strip();
        }
        return l;
    }

    /** A line of time stamps, dates and pipes, such as a scraped listing repeats below an article. */
    static boolean isStamp(String line) {
        if (line.length() >= 120) {
            return false;
        }
        int marks = count(TIME, line) + count(NUMERIC_DATE, line);
        if (marks >= 2 && line.length() < 120) {
            String rest = NUMERIC_DATE.matcher(TIME.matcher(line).replaceAll("")).replaceAll("");
            return rest.replaceAll("[|\\s\\-–—·•,]", "").length() < 40;
        }
        return false;
    }

    /**
     * A short line without a full stop: a headline, a section crumb or a byline. Read for dates, not for events,
     * because scraped pages carry headlines of other articles.
     */
    private static boolean isHeadline(String line, boolean bodySeen) {
        int words = line.split("\\s+").length;
        if (SENTENCE_END.matcher(line).find()) {
            return false;
        }
        // Before the body a headline may run long ("Readout of Ambassador X's virtual meeting with Minister Y").
        return words < (bodySeen ? 10 : 30);
    }

    private static int count(Pattern p, String s) {
        Matcher m = p.matcher(s);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static String decodeEntities(String text) {
        Matcher m = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String e = m.group(1);
            String r;
            if (e.startsWith("#x") || e.startsWith("#X")) {
                r = new String(Character.toChars(Integer.parseInt(e.substring(2), 16)));
            } else if (e.startsWith("#")) {
                r = new String(Character.toChars(Integer.parseInt(e.substring(1))));
            } else {
                r = switch (e.toLowerCase(Locale.ROOT)) {
                    case "amp" -> "&";
                    case "lt" -> "<";
                    case "gt" -> ">";
                    case "quot" -> "\"";
                    case "apos", "rsquo", "lsquo" -> "'";
                    case "nbsp" -> " ";
                    case "ndash" -> "–";
                    case "mdash" -> "—";
                    case "ldquo", "rdquo" -> "\"";
                    case "hellip" -> "…";
                    default -> m.group();
                };
            }
            m.appendReplacement(out, Matcher.quoteReplacement(r));
        }
        m.appendTail(out);
        return out.toString();
    }
}
