package org.bilateral.extraction.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The words and marks of one sentence, with their offsets; a possessive "'s" is its own token. */
final class Tokens {

    record Token(int start, int end, String text) {

        boolean capitalised() {
            return Character.isUpperCase(text.charAt(0));
        }

        boolean word() {
            return Character.isLetterOrDigit(text.charAt(0));
        }

        boolean is(String s) {
            return text.equals(s);
        }
    }

    private static final Pattern TOKEN = Pattern.compile(
            "\\p{Lu}\\.(?:\\p{Lu}\\.)+|(?:Jr|Sr|Mr|Mrs|Ms|Dr|St)\\.|\\p{Lu}\\.(?=\\s+\\p{Lu}[\\p{Ll}\\p{M}])|[\\p{L}\\p{M}\\d]+(?:[’'\\-–&.][\\p{L}\\p{M}\\d]+)*|\\S");

    private Tokens() {
    }

    static List<Token> of(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            String t = m.group();
            int s = m.start();
            if (t.length() > 2 && (t.endsWith("'s") || t.endsWith("’s")) && Character.isLetter(t.charAt(t.length() - 3))) {
                tokens.add(new Token(s, m.end() - 2, t.substring(0, t.length() - 2)));
                tokens.add(new Token(m.end() - 2, m.end(), "'s"));
            } else {
                tokens.add(new Token(s, m.end(), t));
            }
        }
        return tokens;
    }
}
