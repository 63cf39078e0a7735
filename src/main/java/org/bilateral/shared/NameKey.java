package org.bilateral.shared;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The form in which two spellings of one name meet: no diacritics (đ becomes d), no case,
 * no punctuation or spaces. "Việt Nam", "Viet Nam" and "VIETNAM" share the key "vietnam".
 */
public final class NameKey {

    private NameKey() {
    }

    public static String of(String name) {
        if (name == null) {
            return "";
        }
        String text = name.replace('đ', 'd').replace('Đ', 'D');
        text = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder key = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                key.append(Character.toLowerCase(c));
            }
        }
        return key.toString().toLowerCase(Locale.ROOT);
    }
}
