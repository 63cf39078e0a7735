package org.bilateral.shared;

import java.util.Locale;

/** A count with its noun in the right number, for the lines the commands print: "1 month", "12 months", "1,200 rows". */
public final class Counted {

    private Counted() {
    }

    public static String of(long n, String one, String many) {
        return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? one : many);
    }
}
