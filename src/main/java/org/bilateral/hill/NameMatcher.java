package org.bilateral.hill;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bilateral.shared.Said;
import org.bilateral.shared.UsState;
import org.jspecify.annotations.Nullable;

/**
 * Which member a name read from a press release is. The name is compared accents, case and punctuation aside: its last
 * word (or words: "De La Cruz") with the member's last name, its first words with the names the member goes by (first,
 * middle, nickname, their usual short and long forms, Bill for William, Ted for Edward or Theodore, and initials). The
 * chamber comes from the title ("Senator", "Rep.", "Congresswoman", "Senate Committee") or from a title written before
 * the name in the context; a state from its name in the context or a party-state label ("(R-Texas)", "(R-TN)",
 * "(R-Tenn.)").
 *
 * <p>Certain when the name (first and last) and the chamber or the state fit one member alone; proposed when only
 * the last name fits (with a chamber or state beside it), when no title or state confirms the name, or when several
 * members fit (the likeliest is proposed, the others named); nothing when no member fits.
 */
final class NameMatcher {

    enum Certainty {
        CERTAIN, PROPOSED
    }

    record Found(Member member, Certainty certainty, Said reason) {
    }

    /** The usual short and long forms of first names: a name matches every name of a group it is in. */
    private static final List<Set<String>> GIVEN_NAME_GROUPS = List.of(
            Set.of("william", "bill", "billy", "will", "willie"), Set.of("robert", "bob", "bobby", "rob"),
            Set.of("edward", "ted", "ed", "eddie", "ned"), Set.of("theodore", "ted", "teddy"), Set.of("steven", "steve", "stephen"),
            Set.of("richard", "rick", "dick", "rich", "ricky"), Set.of("eric", "rick"), Set.of("james", "jim", "jimmy", "jamie"),
            Set.of("michael", "mike"), Set.of("charles", "chuck", "charlie"), Set.of("thomas", "tom", "tommy"),
            Set.of("joseph", "joe", "joey"), Set.of("john", "jack", "johnny", "jon"), Set.of("jonathan", "jon"),
            Set.of("christopher", "chris"), Set.of("daniel", "dan", "danny"), Set.of("david", "dave"), Set.of("timothy", "tim"),
            Set.of("patrick", "pat"), Set.of("patricia", "pat", "patty"), Set.of("katherine", "kat", "kate", "kathy", "katie"),
            Set.of("catherine", "cathy", "kate", "cate"), Set.of("margaret", "maggie", "peggy", "meg"),
            Set.of("elizabeth", "liz", "beth", "betsy", "libby"), Set.of("alexander", "alex"), Set.of("alejandro", "alex"),
            Set.of("alexandria", "alex"), Set.of("andrew", "andy", "drew"), Set.of("anthony", "tony"), Set.of("benjamin", "ben"),
            Set.of("bernard", "bernie"), Set.of("bradley", "brad"), Set.of("gregory", "greg"), Set.of("jeffrey", "jeff"),
            Set.of("joshua", "josh"), Set.of("kenneth", "ken", "kenny"), Set.of("lawrence", "larry"), Set.of("matthew", "matt"),
            Set.of("nicholas", "nick"), Set.of("randall", "randy"), Set.of("ronald", "ron"), Set.of("samuel", "sam"),
            Set.of("zachary", "zach"), Set.of("henry", "hank"), Set.of("harold", "hal"), Set.of("frederick", "fred"),
            Set.of("gerald", "jerry"), Set.of("jerome", "jerry"), Set.of("donald", "don"), Set.of("douglas", "doug"),
            Set.of("eugene", "gene"), Set.of("mitchell", "mitch"), Set.of("peter", "pete"), Set.of("phillip", "phil"),
            Set.of("philip", "phil"), Set.of("raymond", "ray"), Set.of("rebecca", "becky"), Set.of("susan", "sue"),
            Set.of("deborah", "debbie", "deb"), Set.of("jennifer", "jen", "jenny"), Set.of("kimberly", "kim"),
            Set.of("abigail", "abby"), Set.of("charles", "chuck"), Set.of("frank", "francis"), Set.of("gabriel", "gabe"),
            Set.of("jesus", "chuy"), Set.of("thomas", "tom"), Set.of("valerie", "val"), Set.of("victoria", "vicky"),
            Set.of("frederica", "freddie"), Set.of("cynthia", "cindy"), Set.of("suzanne", "suzan", "sue"), Set.of("nancy", "nan"),
            Set.of("garland", "andy"), Set.of("earl", "buddy"), Set.of("clarence", "burgess"));
    private static final Map<String, Set<String>> GIVEN_NAMES = new HashMap<>();

    static {
        for (Set<String> group : GIVEN_NAME_GROUPS) {
            for (String name : group) {
                GIVEN_NAMES.computeIfAbsent(name, k -> new HashSet<>()).addAll(group);
            }
        }
    }

    /** Words before a name that are a title, not the name ("Sen. Ted Cruz", "U.S. Representative ..."). */
    private static final Set<String> TITLE_WORDS = Set.of("senator", "senators", "sen", "sens", "rep", "reps", "representative",
            "representatives", "congressman", "congresswoman", "congressmember", "delegate", "us", "mr", "mrs", "ms",
            "dr", "hon", "honorable", "the", "chairman", "chairwoman", "chair", "ranking", "member");
    private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv", "v");

    private static final Pattern SENATE = Pattern.compile("\\b(senator|senators|sen|sens|senate)\\b");
    private static final Pattern HOUSE = Pattern.compile("\\b(representatives?|rep|reps|congressman|congresswoman|congressmember|"
            + "house of representatives|house committee|house subcommittee|house (ways|foreign|agriculture|energy)|speaker of the house)\\b");
    /** "(R-Texas)", "(D-N.Y.)", "(R-TN-3)", "(I-Vt.)": a party's initial and a state. */
    private static final Pattern PARTY_STATE = Pattern.compile("\\(\\s*[rdi]\\s*[-–]\\s*([a-z][a-z. ]*?)\\s*(?:[-–]\\s*[0-9]+\\s*)?\\)");
    /** The press's (AP) abbreviations of the states, as written in a party-state label ("R-Tenn."). */
    private static final Map<String, String> AP = Map.ofEntries(Map.entry("ala", "AL"), Map.entry("ariz", "AZ"), Map.entry("ark", "AR"),
            Map.entry("calif", "CA"), Map.entry("colo", "CO"), Map.entry("conn", "CT"), Map.entry("del", "DE"), Map.entry("fla", "FL"),
            Map.entry("ga", "GA"), Map.entry("ill", "IL"), Map.entry("ind", "IN"), Map.entry("kan", "KS"), Map.entry("kans", "KS"),
            Map.entry("ky", "KY"), Map.entry("la", "LA"), Map.entry("md", "MD"), Map.entry("mass", "MA"), Map.entry("mich", "MI"),
            Map.entry("minn", "MN"), Map.entry("miss", "MS"), Map.entry("mo", "MO"), Map.entry("mont", "MT"), Map.entry("neb", "NE"),
            Map.entry("nev", "NV"), Map.entry("nh", "NH"), Map.entry("nj", "NJ"), Map.entry("nm", "NM"), Map.entry("ny", "NY"),
            Map.entry("nc", "NC"), Map.entry("nd", "ND"), Map.entry("okla", "OK"), Map.entry("ore", "OR"), Map.entry("pa", "PA"),
            Map.entry("ri", "RI"), Map.entry("sc", "SC"), Map.entry("sd", "SD"), Map.entry("tenn", "TN"), Map.entry("tex", "TX"),
            Map.entry("vt", "VT"), Map.entry("va", "VA"), Map.entry("wash", "WA"), Map.entry("wva", "WV"), Map.entry("wis", "WI"),
            Map.entry("wyo", "WY"));

    private final List<Member> members;
    private final Map<UsState, String> stateNames;

    NameMatcher(List<Member> members, Map<UsState, String> stateNames) {
        this.members = members;
        this.stateNames = stateNames;
    }

    /** Text folded for comparing: no accents (đ is d), lower case, punctuation but the period and hyphen as spaces. */
    static String folded(String text) {
        String t = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return t.toLowerCase(Locale.ROOT).replaceAll("[’'`]", "").replaceAll("[^a-z0-9().\\-–\\s]", " ");
    }

    /** A name's words, accents, case and punctuation aside; "J." is "j", "King-Hinds" is "kinghinds". */
    static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        for (String w : folded(name).split("[\\s,()]+")) {
            String word = w.replaceAll("[^a-z0-9]", "");
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    Optional<Found> match(String written, @Nullable String title, @Nullable String context) {
        // a party-state label written with the name ("Sen. Ted Cruz (R-Texas)") is context, not name
        Matcher bracket = Pattern.compile("\\([^)]*\\)").matcher(written);
        String labels = "";
        while (bracket.find()) {
            labels += " " + bracket.group();
        }
        String name = bracket.replaceAll(" ");
        context = labels.isEmpty() ? context : (context == null ? "" : context) + labels;
        List<String> words = words(name);
        // titles written into the name ("Sen. Ted Cruz") are titles
        StringBuilder titleWords = new StringBuilder(title == null ? "" : title);
        while (!words.isEmpty() && TITLE_WORDS.contains(words.get(0))) {
            titleWords.append(' ').append(words.remove(0));
        }
        while (!words.isEmpty() && SUFFIXES.contains(words.get(words.size() - 1))) {
            words.remove(words.size() - 1);
        }
        if (words.isEmpty()) {
            return Optional.empty();
        }
        String foldedContext = context == null ? "" : folded(context);
        Chamber chamber = chamber(folded(titleWords.toString()));
        if (chamber == null && !foldedContext.isEmpty()) {
            chamber = chamberBefore(foldedContext, words.get(words.size() - 1));
        }
        Set<UsState> named = statesNamed(foldedContext);

        // the members whose last name ends the name, each with the words before it
        List<Member> sameLast = new ArrayList<>();
        for (Member m : members) {
            if (lastWords(words, m) > 0) {
                sameLast.add(m);
            }
        }
        if (sameLast.isEmpty()) {
            return Optional.empty();
        }
        // "De La Cruz" is read before "Cruz": the longest last name that ends the name decides what the given names are
        int longest = sameLast.stream().mapToInt(m -> words(lastName(m)).size()).max().orElse(1);
        sameLast.removeIf(m -> words(lastName(m)).size() < longest);
        List<String> givenWords = List.copyOf(words.subList(0, words.size() - lastWords(words, sameLast.get(0))));

        List<Member> pool = givenWords.isEmpty() ? sameLast : sameLast.stream().filter(m -> givenFits(givenWords, m)).toList();
        if (pool.isEmpty()) {
            return Optional.empty(); // another person of the same last name
        }
        Chamber c = chamber;
        List<Member> inChamber = c == null ? pool : pool.stream().filter(m -> m.legislator().chamber() == c).toList();
        List<Member> inState = pool.stream().filter(m -> named.contains(m.legislator().state())).toList();
        List<Member> inBoth = inChamber.stream().filter(inState::contains).toList();

        if (!givenWords.isEmpty()) {
            if (c != null) {
                if (inChamber.size() == 1) {
                    return found(inChamber.get(0), Certainty.CERTAIN, Said.of("hill.match.nameAndChamber", chamberKey(c)));
                }
                if (inBoth.size() == 1) {
                    return found(inBoth.get(0), Certainty.CERTAIN, Said.of("hill.match.nameChamberAndState", chamberKey(c),
                            stateName(inBoth.get(0))));
                }
                if (inChamber.isEmpty()) {
                    return pool.size() == 1 ? found(pool.get(0), Certainty.PROPOSED, Said.of("hill.match.otherChamber", chamberKey(c)))
                            : Optional.empty();
                }
                return oneOf(inBoth.isEmpty() ? inChamber : inBoth);
            }
            if (inState.size() == 1) {
                return found(inState.get(0), Certainty.CERTAIN, Said.of("hill.match.nameAndState", stateName(inState.get(0))));
            }
            if (pool.size() == 1) {
                return found(pool.get(0), Certainty.PROPOSED, Said.of("hill.match.nameOnly"));
            }
            return oneOf(inState.isEmpty() ? pool : inState);
        }
        // the last name alone: proposed at most, and only with a chamber or a state beside it
        List<Member> fits = c != null && !named.isEmpty() ? inBoth : c != null ? inChamber : inState;
        if (fits.isEmpty()) {
            return Optional.empty();
        }
        if (fits.size() == 1) {
            Member m = fits.get(0);
            Said beside = c != null && named.contains(m.legislator().state())
                    ? Said.of("hill.match.besideChamberAndState", chamberKey(c), stateName(m))
                    : c != null ? Said.of("hill.match.besideChamber", chamberKey(c)) : Said.of("hill.match.besideState", stateName(m));
            return found(m, Certainty.PROPOSED, Said.of("hill.match.lastNameOnly", beside));
        }
        return oneOf(fits);
    }

    private Optional<Found> oneOf(List<Member> fits) {
        List<Member> ordered = fits.stream().sorted(Comparator.comparing((Member m) -> m.legislator().chamber())
                .thenComparing(m -> m.legislator().state()).thenComparing(m -> m.legislator().id())).toList();
        String others = String.join(", ", ordered.subList(1, ordered.size()).stream().map(m -> m.legislator().fullName() + " (" + m.legislator().state().usps() + ")").toList());
        return found(ordered.get(0), Certainty.PROPOSED, Said.of("hill.match.oneOf", String.valueOf(ordered.size()), others));
    }

    private static Optional<Found> found(Member m, Certainty certainty, Said reason) {
        return Optional.of(new Found(m, certainty, reason));
    }

    private static Said chamberKey(Chamber c) {
        return Said.of(c == Chamber.SENATE ? "hill.chamber.senate" : "hill.chamber.house");
    }

    private String stateName(Member m) {
        return stateNames.getOrDefault(m.legislator().state(), m.legislator().state().usps());
    }

    private static String lastName(Member m) {
        return m.lastNameAscii().isBlank() ? m.legislator().lastName() : m.lastNameAscii();
    }

    /** How many of the name's last words are the member's last name ("de la cruz" three, or one written "delacruz"), 0 if none. */
    private static int lastWords(List<String> words, Member m) {
        String last = String.join("", words(lastName(m)));
        String joined = "";
        for (int k = 1; k <= Math.min(4, words.size()); k++) {
            joined = words.get(words.size() - k) + joined;
            if (joined.equals(last)) {
                return k;
            }
        }
        return 0;
    }

    /** Whether any given word is a name the member goes by, in a usual form, or its initial. */
    private static boolean givenFits(List<String> given, Member m) {
        Set<String> own = new LinkedHashSet<>(words(m.legislator().firstName()));
        if (m.legislator().nickname() != null) {
            own.addAll(words(m.legislator().nickname()));
        }
        if (m.middleName() != null) {
            own.addAll(words(m.middleName()));
        }
        // the official name may carry the name the member goes by ("Robert C. \"Bobby\" Scott")
        own.addAll(words(m.legislator().fullName()));
        own.removeAll(words(m.legislator().lastName()));
        Set<String> forms = new HashSet<>(own);
        for (String name : own) {
            forms.addAll(GIVEN_NAMES.getOrDefault(name, Set.of()));
        }
        for (String word : given) {
            if (word.length() == 1 ? own.stream().anyMatch(o -> o.startsWith(word)) : forms.contains(word)) {
                return true;
            }
        }
        return false;
    }

    static @Nullable Chamber chamber(String foldedTitle) {
        boolean senate = SENATE.matcher(foldedTitle).find();
        boolean house = HOUSE.matcher(foldedTitle).find();
        return senate == house ? null : senate ? Chamber.SENATE : Chamber.HOUSE;
    }

    /** The chamber of a title written just before the name in the context ("Senator Steve Daines", "Rep. ... Scott"). */
    private static @Nullable Chamber chamberBefore(String context, String lastWord) {
        Matcher m = Pattern.compile("\\b(senator|sen\\.?|representative|rep\\.?|congressman|congresswoman)\\s+(?:[a-z.\\-]+\\s+){0,3}?"
                + Pattern.quote(lastWord) + "\\b").matcher(context);
        Set<Chamber> found = new HashSet<>();
        while (m.find()) {
            found.add(m.group(1).startsWith("sen") ? Chamber.SENATE : Chamber.HOUSE);
        }
        return found.size() == 1 ? found.iterator().next() : null;
    }

    /** The states the context names: by name ("of Tennessee"; Washington only as "Washington state" or "state of Washington", since the capital is named far more often) or in a party-state label. */
    Set<UsState> statesNamed(String context) {
        Set<UsState> named = new HashSet<>();
        if (context.isEmpty()) {
            return named;
        }
        String rest = context;
        List<Map.Entry<UsState, String>> byLength = stateNames.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<UsState, String> e) -> -e.getValue().length())).toList();
        for (Map.Entry<UsState, String> e : byLength) {
            String name = folded(e.getValue()).strip();
            Pattern p = name.equals("washington") ? Pattern.compile("\\bstate of washington\\b|\\bwashington state\\b")
                    : Pattern.compile("\\b" + Pattern.quote(name) + "\\b");
            Matcher m = p.matcher(rest);
            if (m.find()) {
                named.add(e.getKey());
                rest = m.replaceAll(" ");
            }
        }
        Matcher label = PARTY_STATE.matcher(context);
        while (label.find()) {
            String written = label.group(1).strip();
            String key = written.replaceAll("[^a-z]", "");
            if (key.length() == 2 && UsState.isState(key.toUpperCase(Locale.ROOT))) {
                named.add(new UsState(key.toUpperCase(Locale.ROOT)));
            } else if (AP.containsKey(key)) {
                named.add(new UsState(AP.get(key)));
            } else {
                stateNames.forEach((s, n) -> {
                    if (folded(n).strip().equals(written)) {
                        named.add(s);
                    }
                });
            }
        }
        return named;
    }
}
