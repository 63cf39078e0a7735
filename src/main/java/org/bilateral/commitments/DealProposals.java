package org.bilateral.commitments;

import org.bilateral.shared.DealId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.bilateral.engagements.Directory;
import org.bilateral.reference.Country;
import org.bilateral.reference.CountryDirectory;
import org.bilateral.reference.Nomenclature;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.HsCode;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.Said;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a deal read from a press release leaves unsaid, proposed for a person to confirm or change: an HS code for goods
 * named only in words, and a country for a buyer or seller the directory knows without one. Nothing proposed counts
 * anywhere until a person accepts it.
 *
 * <p>An HS code is proposed from the register first: the goods of another deal, already classified, that share the
 * most words with these ("737 MAX aircraft", 880240, for "Boeing 737 aircraft"); else from the nomenclature: the heading
 * or subheading whose description shares the most words, the closest (fewest other words) first. A description of
 * parts or accessories is proposed only for goods that say they are parts. A country is proposed from the organisation's
 * people in the directory (the country most of them have), else from a country its name contains ("Vietnam Airlines").
 */
@Service
public class DealProposals {

    /**
     * An HS code proposed for one item of a deal (by its place in the deal's goods), and why.
     *
     * @param likeDeal  the deal whose goods, {@code likeGoods}, are classified so; null when the nomenclature's description
     *                  is the reason
     */
    public record ItemProposal(int position, String goods, String hsCode, String description, @Nullable Long likeDeal, @Nullable String likeGoods) {
    }

    /**
     * A country proposed for the deal's buyer or seller, and why.
     *
     * @param people   how many of the organisation's people in the directory have the country, of {@code peopleOf}
     * @param nameSays the words of the organisation's name that name the country, when its people do not say
     */
    public record CountryProposal(String side, long organisationId, @Nullable String organisation, String country, int people,
                                  int peopleOf, @Nullable String nameSays) {
    }

    public record Proposals(List<ItemProposal> items, List<CountryProposal> countries) {

        public boolean isEmpty() {
            return items.isEmpty() && countries.isEmpty();
        }
    }

    /** Words that say nothing of what the goods are. */
    private static final Set<String> EMPTY_WORDS = Set.of("and", "or", "of", "the", "a", "an", "for", "with", "in", "on", "to", "by", "other",
            "others", "n.e.c", "nec", "except", "not", "whether", "its", "their", "than", "including", "such", "as", "be", "being", "which",
            "any", "all", "new", "supply", "purchase", "purchases", "deal", "worth", "goods", "products", "heading", "headings", "subheading");

    /** How the nomenclature names parts and accessories: such a description fits only goods that are parts themselves. */
    private static final Set<String> PART_WORDS = Set.of("part", "accessory", "component");

    private final PurchaseCommitments commitments;
    private final Nomenclature nomenclature;
    private final CountryDirectory countries;
    private final Directory directory;

    DealProposals(PurchaseCommitments commitments, Nomenclature nomenclature, CountryDirectory countries, Directory directory) {
        this.commitments = commitments;
        this.nomenclature = nomenclature;
        this.countries = countries;
        this.directory = directory;
    }

    /** The proposals for a deal: its goods without an HS code, its buyer and seller without a country. */
    public Proposals of(Deal deal) {
        List<ItemProposal> items = new ArrayList<>();
        List<Deal.Item> goods = deal.items();
        Guides guides = null;
        for (int i = 0; i < goods.size(); i++) {
            Deal.Item item = goods.get(i);
            if (item.hsCode() != null) {
                continue;
            }
            if (guides == null) {
                guides = new Guides(classified(deal.id().value()));
            }
            int position = i;
            hsCode(item.description(), guides).ifPresent(p -> items.add(new ItemProposal(position, item.description(), p.hsCode(),
                    p.description(), p.likeDeal(), p.likeGoods())));
        }
        List<CountryProposal> found = new ArrayList<>();
        if (deal.buyerCountry() == null) {
            country("buyer", deal.buyerId(), deal.buyer()).ifPresent(found::add);
        }
        if (deal.sellerId() != null && deal.sellerCountry() == null) {
            country("seller", deal.sellerId(), deal.seller()).ifPresent(found::add);
        }
        return new Proposals(List.copyOf(items), List.copyOf(found));
    }

    /** An HS code for goods in words, from the register's classified goods or the nomenclature. */
    public Optional<ItemProposal> hsCode(String goods) {
        return hsCode(goods, new Guides(classified(-1)));
    }

    /** Sets the HS code of a deal's item, as proposed or as the person changed it. */
    @Transactional
    public void classify(DealId deal, int position, HsCode code) {
        commitments.classify(deal, position, code);
    }

    /** Gives a deal's buyer or seller the country a person confirmed; an organisation that has one keeps it. */
    @Transactional
    public void setCountry(DealId deal, long organisationId, CountryCode country) {
        Deal d = commitments.deal(deal);
        if (d.buyerId() != organisationId && (d.sellerId() == null || d.sellerId() != organisationId)) {
            throw new InvalidInput(Said.of("refusal.commitments.notAParty", String.valueOf(organisationId), String.valueOf(d.id())));
        }
        if (countries.byCode(country).isEmpty()) {
            throw new InvalidInput("country", Said.of("refusal.commitments.unknownCountry", country.value()));
        }
        Directory.Organisation o = directory.organisation(organisationId)
                .orElseThrow(() -> new InvalidInput(Said.of("refusal.commitments.noOrganisation", String.valueOf(organisationId))));
        directory.recordOrganisation(new Directory.RecordOrganisation(o.name(), null, country.value(), o.kind()));
    }

    private record Classified(long dealId, String description, String hsCode, Set<String> words) {
    }

    /** A heading or subheading of the nomenclature, with the words of its description. */
    private record Described(String code, String description, Set<String> words) {
    }

    /**
     * What one call proposes from: the register's classified goods, and the nomenclature's headings and subheadings in
     * code order, read once it is needed and then kept for the call's other goods.
     */
    private final class Guides {
        final List<Classified> register;
        private @Nullable List<Described> described;

        Guides(List<Classified> register) {
            this.register = register;
        }

        List<Described> described() {
            List<Described> described = this.described;
            if (described == null) {
                Set<String> codes = new TreeSet<>();
                for (String sub : nomenclature.subheadings()) {
                    codes.add(sub.substring(0, 4));
                    codes.add(sub);
                }
                described = new ArrayList<>();
                for (String code : codes) {
                    // the goods are matched word for word against the English nomenclature, whatever the page's language
                    String description = nomenclature.description(code, java.util.Locale.ENGLISH).orElse("");
                    described.add(new Described(code, description, words(description, false)));
                }
                this.described = described;
            }
            return described;
        }
    }

    private List<Classified> classified(long except) {
        return commitments.classifiedItems().stream().filter(c -> c.dealId() != except)
                .map(c -> new Classified(c.dealId(), c.description(), c.hsCode(), words(c.description(), true))).toList();
    }

    private record Scored(String code, String description, @Nullable Long likeDeal, @Nullable String likeGoods, int shared, int extra) {
    }

    private static final Comparator<Scored> BEST = Comparator.comparing(Scored::shared).reversed()
            .thenComparing(Scored::extra).thenComparing(Scored::code);

    private Optional<ItemProposal> hsCode(String goods, Guides guides) {
        Set<String> words = words(goods, true);
        if (words.isEmpty()) {
            return Optional.empty();
        }
        // Goods another deal already names in the same words are the surest guide: the register's classification, not a
        // dictionary's.
        Optional<Scored> fromRegister = guides.register.stream()
                .map(c -> score(words, c.words(), c.hsCode(), c.description(), c.dealId()))
                .filter(s -> s.shared() > 0).min(BEST);
        if (fromRegister.isPresent()) {
            Scored s = fromRegister.get();
            return Optional.of(new ItemProposal(-1, goods, s.code(), nomenclature.description(s.code()).orElse(s.description()), s.likeDeal(),
                    s.likeGoods()));
        }
        boolean parts = words.stream().anyMatch(PART_WORDS::contains);
        List<Scored> fromNomenclature = new ArrayList<>();
        for (Described d : guides.described()) {
            if (!parts && d.words().stream().anyMatch(PART_WORDS::contains)) {
                continue;
            }
            Scored s = score(words, d.words(), d.code(), d.description(), null);
            if (s.shared() > 0) {
                fromNomenclature.add(s);
            }
        }
        return fromNomenclature.stream().min(BEST)
                .map(s -> new ItemProposal(-1, goods, s.code(), nomenclature.description(s.code()).orElse(s.description()), null, null));
    }

    private static Scored score(Set<String> goods, Set<String> other, String code, String description, @Nullable Long likeDeal) {
        int shared = (int) other.stream().filter(goods::contains).count();
        return new Scored(code, description, likeDeal, likeDeal == null ? null : description, shared, other.size() - shared);
    }

    /**
     * The words that say what goods are, lower-case and singular ("Soya beans" → soya, bean). Numbers count in a deal's
     * own words ("737") but not in the nomenclature's, where they name other headings and weights.
     */
    static Set<String> words(@Nullable String text, boolean numbers) {
        Set<String> words = new LinkedHashSet<>();
        if (text == null) {
            return words;
        }
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() < 2 || EMPTY_WORDS.contains(w) || !numbers && w.chars().anyMatch(Character::isDigit)) {
                continue;
            }
            words.add(singular(w));
        }
        return words;
    }

    private static String singular(String w) {
        if (w.endsWith("ies") && w.length() > 4) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("s") && !w.endsWith("ss") && w.length() > 3) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    /** A country for an organisation without one, and why; empty when nothing says. */
    private Optional<CountryProposal> country(String side, long organisationId, @Nullable String name) {
        Map<String, Long> ofPeople = directory.people().stream()
                .filter(p -> p.organisationId() != null && p.organisationId() == organisationId && p.country() != null)
                .collect(Collectors.groupingBy(Directory.Person::country, HashMap::new, Collectors.counting()));
        long people = ofPeople.values().stream().mapToLong(Long::longValue).sum();
        Optional<Map.Entry<String, Long>> most = ofPeople.entrySet().stream()
                .max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())));
        if (most.isPresent()) {
            return Optional.of(new CountryProposal(side, organisationId, name, most.get().getKey(), most.get().getValue().intValue(),
                    (int) people, null));
        }
        Optional<Directory.Organisation> o = directory.organisation(organisationId);
        if (o.isEmpty()) {
            return Optional.empty();
        }
        // A country its name contains: a word, or two words together ("United States"), as the reference data names it.
        String[] words = o.get().name().split("[\\s,.()&-]+");
        for (int n = 3; n >= 1; n--) {
            for (int i = 0; i + n <= words.length; i++) {
                String phrase = String.join(" ", Arrays.asList(words).subList(i, i + n));
                if (phrase.length() < 4) {
                    continue; // "Air", "Co": two- and three-letter words read as country codes
                }
                Optional<Country> c = countries.find(phrase);
                if (c.isPresent()) {
                    return Optional.of(new CountryProposal(side, organisationId, name, c.get().code().value(), 0, 0, phrase));
                }
            }
        }
        return Optional.empty();
    }
}
