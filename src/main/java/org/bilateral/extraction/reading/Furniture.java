package org.bilateral.extraction.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What surrounds a release without being part of it: the end mark ("###", "-30-", "- END -") and everything after
 * it, "For immediate release", subscription notices of e-mailed releases, page crumbs and template placeholders.
 */
final class Furniture {

    private static final Pattern END = Pattern.compile("^(?:#{3,}|-\\s?30\\s?-|-+\\s*(?:END|end|End)\\s*-+|\\*\\s?\\*\\s?\\*|END OF RELEASE)$");
    private static final Pattern LINE = Pattern.compile("(?i)^(?:for immediate release|for release|embargoed|media contact:?|press contact:?"
            + "|breadcrumb|\\w+(?: \\w+)? shim|share this|print this page|back to top|skip to (?:main )?content"
            + "|you are subscribed to .*|this information has recently been updated.*|to unsubscribe.*|unsubscribe.*|manage (?:your )?subscriptions?.*"
            + "|sign up for .*|stay connected.*|follow us on .*|privacy policy.*|contact us.*|subscribe to .*)$");

    private Furniture() {
    }

    static List<String> lines(List<String> lines) {
        List<String> kept = new ArrayList<>(lines.size());
        for (String line : lines) {
            if (END.matcher(line).matches()) {
                break;
            }
            if (!LINE.matcher(line).matches()) {
                kept.add(line);
            }
        }
        return kept;
    }
}
