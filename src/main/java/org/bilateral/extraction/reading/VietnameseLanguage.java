package org.bilateral.extraction.reading;

import java.text.Normalizer;

/**
 * Whether a text is Vietnamese: the share of its letters that only Vietnamese writes (ă, â, đ, ê, ô, ơ, ư and the
 * vowels carrying a tone mark). Measured on the 84 documents of ../shared/corpus (72 English, 12 Vietnamese), the
 * English ones reach at most 0.9% (names such as "Nguyễn Hồng Diên" in an English report), the Vietnamese ones at least
 * 24.9%; OpenNLP's language-detection model (langdetect-183) sorted the same 84 documents equally well, but costs a
 * 10 MB model for no better answer, so the rule is kept. The threshold sits between the two, far from both.
 */
final class VietnameseLanguage {

    /** The share of letters at or above which a text is read as Vietnamese. */
    static final double THRESHOLD = 0.08;

    /** Fewer letters than this say too little to tell: such a text is read as English, as before. */
    private static final int FEWEST_LETTERS = 20;

    private static final String MARKED = "ăâđêôơư"
            + "àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ";

    private VietnameseLanguage() {
    }

    static boolean is(String text) {
        return share(text) >= THRESHOLD;
    }

    /** The share of the text's letters that are Vietnamese-only; 0 for a text of fewer than twenty letters. */
    static double share(String text) {
        String t = Normalizer.normalize(text, Normalizer.Form.NFC);
        int letters = 0;
        int marked = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (MARKED.indexOf(Character.toLowerCase(c)) >= 0) {
                    marked++;
                }
            }
        }
        return letters < FEWEST_LETTERS ? 0 : (double) marked / letters;
    }
}
