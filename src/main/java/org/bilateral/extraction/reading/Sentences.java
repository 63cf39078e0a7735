package org.bilateral.extraction.reading;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

/**
 * Splits paragraphs into sentences with OpenNLP's English sentence model, then rejoins a split the model made
 * inside an abbreviation ("Washington, D.C. on May 22"): a sentence does not begin in lower case.
 */
final class Sentences {

    private static final String MODEL = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final SentenceModel SENTENCE_MODEL = load();
    private static final ThreadLocal<SentenceDetectorME> DETECTOR =
            ThreadLocal.withInitial(() -> new SentenceDetectorME(SENTENCE_MODEL));

    record Sentence(int start, int end, String text, int block, boolean headline) {
    }

    private Sentences() {
    }

    static List<Sentence> of(CleanText clean) {
        List<Sentence> sentences = new ArrayList<>();
        SentenceDetectorME detector = DETECTOR.get();
        for (int b = 0; b < clean.blocks.size(); b++) {
            CleanText.Block block = clean.blocks.get(b);
            String text = clean.text.substring(block.start(), block.end());
            boolean headline = block.kind() == CleanText.BlockKind.HEADLINE;
            if (headline) {
                sentences.add(new Sentence(block.start(), block.end(), text, b, true));
                continue;
            }
            List<int[]> spans = new ArrayList<>();
            for (Span s : detector.sentPosDetect(text)) {
                int start = s.getStart();
                int end = s.getEnd();
                Work.checkpoint();
                if (!spans.isEmpty() && (continues(text, start) || INITIAL.matcher(tail(text, spans.get(spans.size() - 1)[0], start)).find()
                        || COUNTRY_ABBREVIATION.matcher(tail(text, spans.get(spans.size() - 1)[0], start)).find() && opensTitle(text, start))) {
                    spans.get(spans.size() - 1)[1] = end;
                } else {
                    spans.add(new int[] {start, end});
                }
            }
            for (int[] s : spans) {
                sentences.add(new Sentence(block.start() + s[0], block.start() + s[1], text.substring(s[0], s[1]), b, false));
            }
        }
        return sentences;
    }

    /** A piece that ends in an initial or an abbreviation before a name ("John M.", "Sen.") did not end a sentence. */
    private static final Pattern INITIAL = Pattern.compile(
            "(?:^|[\\s(])(?:\\p{Lu}|Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Amb|Gen|Lt|Col|Prof|Hon|Adm|Capt|Sgt|No|H\\.E|a\\.m|p\\.m)\\.\\s*$");

    /** "U.S. President Donald Trump": a country's abbreviation before a title does not end the sentence. */
    private static final Pattern COUNTRY_ABBREVIATION = Pattern.compile("(?:^|[\\s(/-])(?:\\p{Lu}\\.){2,3}\\s*$");

    /**
     * The end of the piece from {@code from} to {@code to} that {@link #INITIAL} and {@link #COUNTRY_ABBREVIATION} can
     * match: the trailing spaces and the sixteen characters before them. Both patterns end at the piece's end and
     * reach back at most a space, four letters and a full stop, or three letters with their full stops, so the tail
     * answers as the whole piece does, and pieces rejoined over and over are not searched from their beginning each
     * time. The tail starts early enough that its own beginning, which {@code ^} would take for the piece's, is never
     * where a match could begin.
     */
    static String tail(String text, int from, int to) {
        int end = to;
        while (end > from && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int start = Math.max(from, end - 16);
        Work.add(to - start);
        return text.substring(start, to);
    }

    private static boolean opensTitle(String text, int start) {
        int end = start;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        String word = text.substring(start, end);
        return Lexicon.TITLE_HEADS.contains(word) || Lexicon.TITLE_MODIFIERS.contains(word) || Lexicon.PORTFOLIO.contains(word);
    }

    private static boolean continues(String text, int start) {
        char c = text.charAt(start);
        return Character.isLowerCase(c) || Character.isDigit(c) || c == ',' || c == ')' || c == '(';
    }

    private static SentenceModel load() {
        try (InputStream in = Sentences.class.getClassLoader().getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException("the OpenNLP sentence model " + MODEL + " is not on the class path");
            }
            return new SentenceModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
