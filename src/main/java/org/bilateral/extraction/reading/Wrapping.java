package org.bilateral.extraction.reading;

import java.util.ArrayList;
import java.util.List;

/**
 * Text hard-wrapped at a fixed width (e-mail releases, wire copy, text saved from a PDF) joined back into paragraphs,
 * so that a name or title split across two lines is read as one. Text that is not wrapped is left as it is: a
 * paragraph per line, a headline on a line of its own.
 */
final class Wrapping {

    /** Lines at least this share of the widest line's length were full when the wrapping broke them. */
    private static final double FULL = 0.6;
    /** A line that ends a sentence ends its paragraph too, unless it runs this close to the margin. */
    private static final double CLOSED = 0.9;

    /** A line without a full stop this long is no headline: it was broken mid-sentence. */
    private static final int LONGER_THAN_A_HEADLINE = 80;

    private Wrapping() {
    }

    static List<String> unwrap(String[] rawLines) {
        List<String> lines = new ArrayList<>(rawLines.length);
        for (String raw : rawLines) {
            lines.add(raw.replace('\t', ' ').replaceAll(" {2,}", " ").strip());
        }
        int width = width(lines);
        if (width == 0) {
            return continuations(lines);
        }
        List<String> out = new ArrayList<>();
        StringBuilder paragraph = null;
        for (String line : lines) {
            if (line.isEmpty()) {
                flush(out, paragraph);
                paragraph = null;
                out.add("");
                continue;
            }
            if (line.length() > width) {
                // A line longer than the wrapping width was not wrapped at it: a headline above the wrapped body.
                flush(out, paragraph);
                out.add(line);
                paragraph = null;
                continue;
            }
            if (paragraph == null) {
                paragraph = new StringBuilder(line);
            } else {
                // looked at in place: copying the paragraph for each line would cost its length squared
                int n = paragraph.length();
                if (paragraph.charAt(n - 1) == '-' && (n < 2 || paragraph.charAt(n - 2) != ' ') && Character.isLowerCase(line.charAt(0))) {
                    paragraph.setLength(paragraph.length() - 1);
                    paragraph.append(line); // "negoti-" + "ations": a word hyphenated at the margin
                } else {
                    paragraph.append(' ').append(line);
                }
            }
            boolean sentenceEnds = line.matches(".*[.!?\"”’:]$");
            if (line.length() < (sentenceEnds ? CLOSED : FULL) * width) {
                flush(out, paragraph); // a short line ends its paragraph, blank line or not
                paragraph = null;
            }
        }
        flush(out, paragraph);
        return out;
    }

    private static void flush(List<String> out, StringBuilder paragraph) {
        if (paragraph != null) {
            out.add(paragraph.toString());
        }
    }

    /**
     * The wrapping width, or 0 when the text is not wrapped: the longest line that others come close to (wrapped lines
     * end within a word's length of the margin; a headline longer than the body's width stands alone and is no
     * margin), no wider than a terminal, and most lines of several-line paragraphs close to it.
     */
    static int width(List<String> lines) {
        List<Integer> inside = new ArrayList<>();
        int nonEmpty = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).length() > TERMINAL && nonEmpty > 0) {
                return 0; // a paragraph on a line longer than a terminal's: not wrapped, whatever the headline above it
            }
            nonEmpty += lines.get(i).isEmpty() ? 0 : 1;
            if (i + 1 < lines.size() && !lines.get(i).isEmpty() && !lines.get(i + 1).isEmpty()) {
                inside.add(lines.get(i).length());
            }
        }
        inside.sort(java.util.Comparator.reverseOrder());
        int margin = 0;
        for (int i = 0; i + 1 < inside.size() && margin == 0; i++) {
            if (inside.get(i + 1) >= inside.get(i) - A_WORD) {
                margin = inside.get(i);
            }
        }
        if (margin < 40 || margin > TERMINAL || nonEmpty < 3) {
            return 0;
        }
        int full = 0;
        for (int length : inside) {
            full += length >= FULL * margin ? 1 : 0;
        }
        // two full lines followed by more are a wrapped paragraph: a short release may have no more than that
        return inside.size() >= 2 && full * 3 >= inside.size() * 2 ? margin : 0;
    }

    /** The widest a wrapped line runs. */
    private static final int TERMINAL = 100;

    /** How far short of the margin a wrapped line may end: the next word did not fit. */
    private static final int A_WORD = 12;

    /**
     * In text not wrapped at one width, a line that stops mid-sentence and one that goes on in lower case are still one
     * sentence ("... received the Senator in Hanoi" / "on March 4."): a sentence never begins in lower case. So is a
     * line that stops mid-sentence, on a word no headline ends on, after running longer than most headlines ("...
     * aircraft worth" / "US$10 billion.").
     */
    private static List<String> continuations(List<String> lines) {
        List<String> out = new ArrayList<>(lines.size());
        // The line being joined is built in place: joining copy by copy would cost a long paragraph's length squared.
        StringBuilder last = null;
        boolean lastBroken = false;
        for (String line : lines) {
            if (last != null && !line.isEmpty() && !last.isEmpty() && !closesSentence(last, lastBroken)
                    && (Character.isLowerCase(line.charAt(0)) || last.length() >= LONGER_THAN_A_HEADLINE && dangles(last))) {
                last.append(' ').append(line);
                lastBroken |= hasLineBreak(line);
            } else {
                if (last != null) {
                    out.add(last.toString());
                }
                last = new StringBuilder(line);
                lastBroken = hasLineBreak(line);
            }
        }
        if (last != null) {
            out.add(last.toString());
        }
        return out;
    }

    /** Words a headline or a sentence does not end on: a line ending on one was broken mid-sentence. */
    private static final java.util.Set<String> DANGLING = java.util.Set.of("a", "an", "the", "of", "to", "in", "on", "at", "for",
            "with", "by", "from", "and", "or", "but", "as", "worth", "than", "its", "their", "his", "her", "about", "into", "over",
            "between", "under", "including", "said", "says", "that", "which", "who", "is", "are", "was", "were", "has", "have",
            "had", "will", "would", "Minister", "Secretary", "President", "Ambassador", "Mr.", "Ms.", "Mrs.", "Dr.");

    /**
     * Whether a long line stops where no headline or sentence stops: on a word like "worth", "of" or "Minister", or on a
     * comma. "Chinese vice premier, U.S. treasury secretary hold video call on economic issues" is a headline however
     * long, and the dateline below it starts a paragraph of its own.
     */
    private static boolean dangles(CharSequence line) {
        int end = line.length();
        char lastChar = line.charAt(end - 1);
        if (lastChar == ',' || lastChar == '-' || lastChar == '–' || lastChar == '—') {
            return true;
        }
        int start = end;
        while (start > 0 && !Character.isWhitespace(line.charAt(start - 1))) {
            start--;
        }
        String word = line.subSequence(start, end).toString();
        return DANGLING.contains(word) || DANGLING.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * What {@code line.matches(".*[.!?\"”’:;]$")} says, looking at the last character only: the line ends in one of
     * those marks and holds no line terminator, which the pattern's dot does not cross.
     */
    private static boolean closesSentence(CharSequence line, boolean broken) {
        return !broken && !line.isEmpty() && ".!?\"”’:;".indexOf(line.charAt(line.length() - 1)) >= 0;
    }

    private static boolean hasLineBreak(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }
}
