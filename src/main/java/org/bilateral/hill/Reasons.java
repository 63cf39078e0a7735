package org.bilateral.hill;

import java.util.ArrayList;
import java.util.List;
import org.bilateral.shared.Said;

/**
 * A match's reason as the link table keeps it: its key and its arguments as text, an argument that is itself a
 * message (the chamber, "the Senate") written {@code said:<key>}, so that a page says the whole reason in its language.
 */
final class Reasons {

    private static final String SAID = "said:";

    private Reasons() {
    }

    static List<String> args(Said reason) {
        List<String> args = new ArrayList<>();
        for (Object a : reason.arguments()) {
            if (a instanceof Said s) {
                if (!s.arguments().isEmpty()) {
                    // a nested reason with arguments of its own ("beside the Senate and Tennessee") is kept whole
                    args.add(SAID + s.key() + "|" + String.join("|", args(s)));
                } else {
                    args.add(SAID + s.key());
                }
            } else {
                args.add(String.valueOf(a));
            }
        }
        return List.copyOf(args);
    }

    static Said said(String key, List<String> args) {
        List<Object> arguments = new ArrayList<>();
        for (String a : args) {
            arguments.add(a.startsWith(SAID) ? nested(a.substring(SAID.length())) : a);
        }
        return new Said(key, arguments);
    }

    private static Said nested(String text) {
        String[] parts = text.split("\\|", -1);
        List<String> inner = new ArrayList<>();
        for (int i = 1; i < parts.length; i++) {
            inner.add(parts[i]);
        }
        return said(parts[0], inner);
    }
}
