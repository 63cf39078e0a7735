package org.bilateral.policy;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bilateral.shared.CountryCode;
import org.jspecify.annotations.Nullable;

/**
 * How a Federal Register document is read as a proposal: whether it concerns the partner, which case it names and what
 * it proposes, from its title, abstract, agencies and type alone (the register's full text is not fetched).
 */
final class RemedyReading {

    /**
     * A partner as the register writes it: the names its notices use, the word the search asks for, and Commerce's
     * country number in its case numbers (A-552-801 is Vietnam's).
     */
    record Partner(CountryCode code, String searchTerm, List<String> names, String commerceNumber) {

        boolean named(String text) {
            // whole words: "Vietnamese producers are not subject to this order" does not make a Chinese order Vietnam's
            return names.stream().anyMatch(n -> Pattern.compile("(?i)\\b" + Pattern.quote(n) + "\\b").matcher(text).find())
                    || Pattern.compile("\\b[AC]-" + commerceNumber + "-\\d{3}\\b").matcher(text).find();
        }
    }

    static final Map<CountryCode, Partner> PARTNERS = Map.of(CountryCode.of("VN"), new Partner(CountryCode.of("VN"), "Vietnam",
            List.of("Vietnam", "Viet Nam"), "552"));

    private static final Pattern EAPA = Pattern.compile("(?i)\\bEAPA\\s+(?:Case\\s+)?(?:No\\.|Number)?\\s*(\\d{4,5})");
    private static final Pattern REVIEW = Pattern.compile("(?i)administrative review|sunset review|expedited review|changed circumstances"
            + "|continuation of|final results|preliminary results|revocation|rescission|scope ruling|new shipper|circumvention");
    private static final Pattern ORDER = Pattern.compile("(?i)(antidumping|countervailing)( and countervailing)? duty orders?\\b");
    private static final Pattern TARIFF = Pattern.compile("(?i)\\btariffs?\\b|\\bduty\\b|\\bduties\\b|import surcharge");
    private static final Pattern ALL_PARTNERS = Pattern.compile("(?i)reciprocal|all trading partners|all countries|all imports");
    private static final Pattern PRODUCT = Pattern.compile("^(.+?)\\s+[Ff]rom\\s+(?:the\\s+)?(?:Socialist Republic of\\s+)?");

    private RemedyReading() {
    }

    /** The case a document names: Commerce's A-/C- number for the partner first, else an EAPA case. */
    static Optional<String> caseNumber(Partner partner, String text) {
        Matcher commerce = Pattern.compile("\\b([AC])-" + partner.commerceNumber() + "-(\\d{3})\\b").matcher(text);
        if (commerce.find()) {
            return Optional.of(commerce.group(1) + "-" + partner.commerceNumber() + "-" + commerce.group(2));
        }
        Matcher eapa = EAPA.matcher(text);
        return eapa.find() ? Optional.of("EAPA " + eapa.group(1)) : Optional.empty();
    }

    /**
     * What a document proposes for the partner, or empty when it is not the partner's: an AD/CVD or evasion document
     * must name the partner or one of its cases; a presidential document must speak of tariffs and name the partner or
     * every trading partner (a reciprocal tariff, a surcharge on all imports).
     */
    static Optional<RemedyProposal.Proposed> proposed(Partner partner, FederalRegisterDocument d) {
        String text = d.text();
        if (d.presidential()) {
            return TARIFF.matcher(text).find() && (partner.named(text) || ALL_PARTNERS.matcher(text).find())
                    ? Optional.of(RemedyProposal.Proposed.TARIFF_ACTION) : Optional.empty();
        }
        if (!partner.named(text)) {
            return Optional.empty();
        }
        boolean customs = d.agencies().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).contains("customs and border protection"));
        if (customs || EAPA.matcher(text).find() || text.toLowerCase(Locale.ROOT).contains("evasion")) {
            return Optional.of(RemedyProposal.Proposed.EVASION);
        }
        if (REVIEW.matcher(d.title()).find()) {
            return Optional.of(RemedyProposal.Proposed.REVIEW);
        }
        if (ORDER.matcher(d.title()).find()) {
            return Optional.of(RemedyProposal.Proposed.NEW_ORDER);
        }
        return Optional.of(RemedyProposal.Proposed.NOTICE);
    }

    /** The product a title names before "from (the Socialist Republic of) Vietnam", or the whole title. */
    static String product(String title) {
        Matcher m = PRODUCT.matcher(title);
        return m.find() ? m.group(1).strip() : title.strip();
    }

    /** The kind of order a case number or, lacking one, a title names. */
    static org.bilateral.policy.measures.AntidumpingOrder.Kind kind(@Nullable String caseNumber, String title) {
        if (caseNumber != null && caseNumber.startsWith("C-")) {
            return org.bilateral.policy.measures.AntidumpingOrder.Kind.CVD;
        }
        if (caseNumber == null && title.toLowerCase(Locale.ROOT).contains("countervailing")
                && !title.toLowerCase(Locale.ROOT).contains("antidumping")) {
            return org.bilateral.policy.measures.AntidumpingOrder.Kind.CVD;
        }
        return org.bilateral.policy.measures.AntidumpingOrder.Kind.AD;
    }

    /** Whether a case number is Commerce's, which an order is held by (an EAPA case is not an order). */
    static Predicate<String> orderCase(Partner partner) {
        return c -> c.matches("[AC]-" + partner.commerceNumber() + "-\\d{3}");
    }
}
