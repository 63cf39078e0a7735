package org.bilateral.extraction.reading;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.bilateral.engagements.OrganisationKind;
import org.bilateral.shared.NameKey;

/**
 * The words of the genre: titles of office, portfolios, kinds of organisation, nationalities, Vietnamese family
 * names. General lists; no list names a particular person, company, place or date.
 */
final class Lexicon {

    private Lexicon() {
    }

    /** Words that make a title head, capitalised in the text ("Minister", "Trade Representative"). */
    static final Set<String> TITLE_HEADS = words(
            "Minister", "Secretary", "Senator", "Ambassador", "President", "Premier", "Chairman", "Chairwoman",
            "Chairperson", "Chair", "CEO", "Director", "Director-General", "Governor", "Representative", "Congressman",
            "Congresswoman", "Administrator", "Commissioner", "Undersecretary", "Mayor", "Spokesperson", "Spokesman",
            "Spokeswoman", "Envoy", "Counsellor", "Counselor", "Consul", "Chancellor", "Speaker", "Head", "Chief",
            "Leader", "Negotiator", "Officer", "Manager", "Founder", "Co-founder", "Lawmaker", "Delegate", "Attaché",
            "Councillor", "Councilor", "Chargé", "Treasurer", "Adviser", "Advisor", "Executive", "General",
            "Principal", "Vice-Chairman", "Vice-President", "Vice-Minister", "Deputy", "Member", "Vice-Premier", "King",
            "Queen", "Prince", "Sultan", "Emir", "Sen.", "Rep.", "Gov.", "Amb.", "Spokesman", "Minister-Counsellor",
            "Vice-Chair", "Co-Chair", "Co-Chairman", "Commander", "Justice", "Rapporteur", "Attorney", "Emperor",
            "Empress", "Crown Prince", "PM", "DPM", "FM");

    /** Words that qualify a following title head ("Acting Minister", "Deputy Secretary"). */
    static final Set<String> TITLE_MODIFIERS = words(
            "Acting", "Deputy", "Vice", "Under", "Assistant", "Senior", "Permanent", "Former", "Principal",
            "Executive", "Standing", "First", "Chief", "Prime", "Trade", "General", "Managing", "Party", "State",
            "Foreign", "Special", "Associate", "Regional", "Country", "Commercial", "Economic", "Lead", "Co", "Coordinating",
            "Parliamentary", "Lieutenant", "Resident", "Honorary", "Political", "Crown", "Supreme", "Ranking",
            "Majority", "Minority", "Press");

    /** Heads that can only be a title when another title word precedes them ("Prime Minister", "Chief Executive"). */
    static final Set<String> WEAK_HEADS = words("General", "Executive", "Principal", "Deputy", "Member", "Head",
            "Chief", "Leader", "Officer", "Manager", "Delegate", "Negotiator");

    /** Words of a portfolio after "of"/"for" in a title ("Minister of Industry and Trade"). */
    static final Set<String> PORTFOLIO = words(
            "Industry", "Industries", "Trade", "Commerce", "Agriculture", "State", "Finance", "Foreign", "Affairs",
            "Defense", "Defence", "Treasury", "Energy", "Planning", "Investment", "Health", "Education", "Transport",
            "Transportation", "Justice", "Labor", "Labour", "Interior", "Home", "Security", "Homeland", "Economy",
            "Economic", "Economics", "Natural", "Resources", "Environment", "Science", "Technology", "Information",
            "Communications", "Culture", "Sports", "Tourism", "Construction", "Public", "Works", "Rural",
            "Development", "Fisheries", "International", "Growth", "Internal", "Veterans", "Housing", "Urban",
            "Invalids", "Social", "Government", "Office", "Policy", "Relations", "Cooperation", "Integration",
            "Budget", "Revenue", "Customs", "Statistics", "Digital", "Innovation", "Small", "Business", "Businesses",
            "Enterprise", "Enterprises", "Management", "Board", "Directors", "Council", "Committee", "Senate",
            "House", "Representatives", "Asia", "Pacific", "Asian", "Southeast", "East", "Affair", "Export",
            "Exports", "Import", "Imports", "Markets", "Market", "Services", "Standards", "Legal", "Operations",
            "Administration", "Department", "Ministry", "Bureau", "Agency", "Mission", "Delegation", "Party",
            "Central", "Politburo", "People's", "National", "Assembly", "Congress", "Federal", "Reserve", "Bank",
            "Investments", "Strategy", "Consulate", "Embassy", "Navy", "Army", "Air", "Force", "Intelligence",
            "Communication", "Media", "Land", "Water", "Power", "Mines", "Mining", "Oil", "Gas", "Petroleum",
            "Aviation", "Food", "Drug", "Drugs", "Farm", "Farmers", "Agricultural", "Maritime", "Ocean", "Oceans",
            "Climate", "Sustainable", "Partnership", "Partnerships", "Regulatory", "Competition", "Consumer",
            "Protection", "Negotiations", "Negotiation", "Compliance", "Enforcement", "Control", "Controls",
            "America", "Americas", "Europe", "European", "China", "Vietnam", "Việt", "Nam", "ASEAN", "Mekong", "Communist",
            "Women", "Youth", "Ethnic", "Minorities", "Religious", "Forestry", "Manpower", "Industrial", "Heritage",
            "Staff", "Presidential", "Secretariat", "Trade", "Representative", "Union", "Commission", "Republic");

    /** Title heads whose portfolio is a place or body they are sent to ("Ambassador to Vietnam"). */
    static final Set<String> ENVOYS = words("Ambassador", "Envoy", "Representative", "Delegate", "Consul", "Amb.", "Observer");

    /** Honorifics before a name, which also end a title written before them. */
    static final Set<String> HONORIFICS = words("Mr.", "Ms.", "Mrs.", "Dr.", "Mr", "Ms", "Mrs", "Dr", "Madam", "Madame", "Prof.", "H.E.",
            "HE", "Hon.", "Excellency");

    /** Suffixes that end a name ("Joseph R. Biden, Jr."). */
    static final Set<String> SUFFIXES = words("Jr.", "Sr.", "Jr", "Sr", "II", "III", "IV");

    /** Connectors inside a name or title ("Minister of Industry and Trade", "Bank for Investment"). */
    static final Set<String> CONNECTORS = words("of", "and", "for", "on", "the", "&", "-", "–", "de", "in", "to");

    /**
     * Offices a country's government does not have, so that an untitled "Prime Minister X" in a readout of talks with
     * the United States is the other side's: the United States has secretaries, not ministers, and no party offices.
     */
    static final Set<String> NOT_AMERICAN_OFFICES = words("Minister", "Prime Minister", "Premier", "General Secretary",
            "Chancellor", "Vice-Minister", "Deputy Minister", "Vice Minister", "State Counsellor", "Politburo",
            "Party", "King", "Queen", "Sultan", "Emir", "Prince", "Coordinating Minister", "Minister-President",
            "Emperor", "Empress", "Crown Prince", "PM", "Deputy PM", "DPM", "Politburo member");

    /** Seats of government that stand for their country above a release ("The White House", "Downing Street"). */
    static final Map<String, String> SEATS_OF_GOVERNMENT = Map.of("whitehouse", "US", "thewhitehouse", "US", "kremlin", "RU",
            "thekremlin", "RU", "downingstreet", "GB", "elyseepalace", "FR", "elysee", "FR", "kantei", "JP", "zhongnanhai", "CN");

    /** Family names that open most Vietnamese names; a name beginning with one is read surname first. */
    static final Set<String> VIETNAMESE_FAMILY_NAMES = keys(
            "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ",
            "Ngô", "Dương", "Lý", "Đào", "Đoàn", "Vương", "Trịnh", "Trương", "Lâm", "Phùng", "Mai", "Tô", "Hà",
            "Tạ", "Lưu", "Đinh", "Lương", "Cao", "Thái", "Quách", "Châu", "Kiều", "Tăng", "Lại", "La",
            "Chu", "Triệu", "Hứa", "Thân", "Khúc", "Nông", "Giang", "Doãn", "Tống", "Lò", "Nghiêm", "Từ");

    /** Titles whose holders, in this genre, are American unless the text says otherwise. */
    static final Set<String> AMERICAN_OFFICES = words("Senator", "Congressman", "Congresswoman", "Representative",
            "Secretary of", "Undersecretary", "Under Secretary", "Assistant Secretary", "Trade Representative", "Sen.", "Rep.",
            "Secretary of State", "Attorney General", "National Security Advisor", "USTR");

    /** Last words of organisation names, and the kind they signal. */
    static final Map<String, OrganisationKind> ORGANISATION_WORDS = new HashMap<>();

    static {
        kind(OrganisationKind.COMPANY, "Group", "Corporation", "Corp", "Corp.", "Company", "Co", "Co.", "Inc", "Inc.",
                "Ltd", "Ltd.", "LLC", "JSC", "PLC", "Plc", "Holdings", "Airlines", "Airways", "Air", "Aviation",
                "Energy", "Bank", "Motors", "Electric", "Electricity", "Petroleum", "Oil", "Gas", "Power",
                "Semiconductor", "Semiconductors", "Systems", "Aerospace", "Industries", "Technologies", "Partners",
                "Capital", "Logistics", "Shipping", "Airport", "Steel", "Textile", "Garment", "Foods", "Pharma",
                "Pharmaceuticals", "Petrochemicals", "Chemicals", "Telecom", "Telecommunications", "Mobile",
                "Solutions", "Enterprises", "Tech", "Labs", "Resources", "Mining", "Materials", "Investments",
                "Securities", "Insurance", "Trading", "Exports", "Cargo", "Airline", "Refinery");
        kind(OrganisationKind.ASSOCIATION, "Council", "Association", "Chamber", "Federation", "Institute",
                "Foundation", "Alliance", "Club", "Society", "Network", "Union", "Confederation");
        kind(OrganisationKind.MINISTRY, "Ministry", "Department", "Office", "Embassy", "Consulate", "Government",
                "Cabinet");
        kind(OrganisationKind.LEGISLATURE, "Senate", "Congress", "Assembly", "Parliament", "Committee", "Committees",
                "Caucus", "House");
        kind(OrganisationKind.AGENCY, "Agency", "Administration", "Authority", "Commission", "Bureau", "Service",
                "Fund", "Reserve", "Customs", "Board", "Organization", "Organisation", "Programme", "Program");
        kind(OrganisationKind.PARTY, "Party");
    }

    private static void kind(OrganisationKind kind, String... words) {
        for (String w : words) {
            ORGANISATION_WORDS.put(w, kind);
        }
    }

    /** Words that open a government body's name ("Ministry of ...", "Department of ..."). */
    static final Map<String, OrganisationKind> ORGANISATION_OPENERS = Map.of(
            "Ministry", OrganisationKind.MINISTRY, "Department", OrganisationKind.MINISTRY,
            "Office", OrganisationKind.MINISTRY, "Embassy", OrganisationKind.MINISTRY,
            "Bank", OrganisationKind.COMPANY, "Chamber", OrganisationKind.ASSOCIATION,
            "Council", OrganisationKind.ASSOCIATION, "Committee", OrganisationKind.LEGISLATURE,
            "House", OrganisationKind.LEGISLATURE, "Association", OrganisationKind.ASSOCIATION);

    /** Capitalised words that never start or make a name on their own. */
    static final Set<String> NOT_NAMES = words(
            "The", "A", "An", "This", "That", "These", "Those", "He", "She", "They", "It", "We", "I", "His", "Her",
            "Their", "Its", "Our", "In", "On", "At", "For", "With", "By", "From", "During", "After", "Before",
            "Later", "Earlier", "Meanwhile", "However", "Also", "Both", "According", "Regarding", "As", "At",
            "While", "When", "Since", "Under", "Over", "Speaking", "Talking", "Addressing", "Besides", "Moreover",
            "Furthermore", "Host", "Guest", "Participants", "Photo", "Illustrative", "News", "Events", "Politics",
            "Law", "Business", "Economy", "World", "Read", "More", "Related", "Source", "Tags", "Share", "Update",
            "Updated", "Published", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov",
            "Dec", "Mr", "Mrs", "Ms", "Dr", "Mr.", "Mrs.", "Ms.", "Dr.", "Agreement", "Treaty", "Strategic",
            "Comprehensive", "Partnership", "Reciprocal", "Fair", "Balanced", "Trade", "Government", "State",
            "Prime", "Minister", "Southeast", "Asian", "Asia", "Pacific", "Asia-Pacific", "Both", "Such", "Many",
            "Some", "Several", "Other", "Each", "Every", "All", "No", "Not", "Only", "To", "Of", "And", "But", "Or",
            "If", "So", "Then", "There", "Here", "What", "Which", "Who", "Whom", "Whose", "Why", "How", "Where",
            "Despite", "Through", "Following", "Within", "Among", "Including", "About", "Against", "Between",
            "Until", "Upon", "Via", "Per", "Dear", "Sir", "Madam", "Excellency", "His Excellency", "Deputy", "Vice",
            "Acting", "Senior", "Former", "First", "Secretary", "Senator", "Ambassador", "President", "Chairman",
            "Director", "Head", "Chief", "CEO", "Vietnamese", "American", "US", "U.S.", "Vietnam", "Việt", "Nam",
            "Earth", "Internet", "God", "Covid-19", "COVID-19", "LNG", "GDP", "FDI", "AI", "ICT", "GPU", "GPUs",
            "WTO", "MOU", "MoU", "MOUs", "Washington");

    /** The capitalised words among {@link #NOT_NAMES} that can never open a name: articles, pronouns, prepositions, adverbs. */
    static final Set<String> FUNCTION_WORDS = words(
            "The", "A", "An", "This", "That", "These", "Those", "He", "She", "They", "It", "We", "I", "His", "Her",
            "Their", "Its", "Our", "In", "On", "At", "For", "With", "By", "From", "During", "After", "Before",
            "Later", "Earlier", "Meanwhile", "However", "Also", "Both", "According", "Regarding", "As", "While", "When",
            "Since", "Under", "Over", "Speaking", "Talking", "Addressing", "Besides", "Moreover", "Furthermore", "Such",
            "Many", "Some", "Several", "Other", "Each", "Every", "All", "No", "Not", "Only", "To", "Of", "And", "But",
            "Or", "If", "So", "Then", "There", "Here", "What", "Which", "Who", "Whom", "Whose", "Why", "How", "Where",
            "Despite", "Through", "Following", "Within", "Among", "Including", "About", "Against", "Between", "Until",
            "Upon", "Via", "Per", "Dear", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December", "Separately", "Today", "Yesterday", "Last", "Next", "Recently", "Separately,");

    /** Months by their English names and abbreviations. */
    static final Map<String, Integer> MONTHS = new HashMap<>();

    static {
        String[] full = {"January", "February", "March", "April", "May", "June", "July", "August", "September",
                "October", "November", "December"};
        for (int i = 0; i < 12; i++) {
            MONTHS.put(full[i].toLowerCase(Locale.ROOT), i + 1);
            MONTHS.put(full[i].substring(0, 3).toLowerCase(Locale.ROOT), i + 1);
        }
        MONTHS.put("sept", 9);
    }

    static final Map<String, Integer> ORDINALS = new HashMap<>();

    static {
        String[] words = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
                "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
                "eighteenth", "nineteenth", "twentieth"};
        for (int i = 0; i < words.length; i++) {
            ORDINALS.put(words[i], i + 1);
        }
    }

    // issue 28, name rules: the closed vocabulary of the generic name shapes

    /**
     * Vietnamese given names that are also words of a country's or a city's name ("Nam" of "Viet Nam", "Hà" of "Hà
     * Nội", "Việt"), or common enough to be guarded with them: after a name word they continue the name.
     */
    static final Set<String> VIETNAMESE_GIVEN_NAMES = keys("Nam", "Việt", "Anh", "Minh", "Hà", "Hải", "Sơn", "Long",
            "Bình", "Trung", "Hoa", "Thành", "Quang", "Hưng");

    /** Styles before a name that are no part of it and open no other name ("Sheikh", "H.H."). */
    static final Set<String> STYLES = words("Sheikh", "Sheikha", "H.H.", "H.R.H.");

    /** Malay words that join a given name to the father's name ("Azman bin Hassan", "Siti Aminah binti Yusof"). */
    static final Set<String> PATRONYMIC_JOINERS = words("bin", "binti", "binte", "bte", "bt", "bt.", "b.");

    /**
     * Malaysian and Bruneian honours conferred on a person, written before the name and no part of it ("Tan Sri",
     * "Datuk Seri", "Dato'"), as their first words with the words that may follow them (an apostrophe after "Dato" is
     * its own token). Hereditary titles ("Tengku",
     * "Tunku", "Raja", "Syed") are part of the name and are not here.
     */
    static final Map<String, Set<String>> MALAY_HONOURS = Map.of(
            "Tan", words("Sri"), "Puan", words("Sri"), "Toh", words("Puan"),
            "Datuk", words("Seri", "Sri", "Paduka", "Wira", "Amar"), "Dato", words("Seri", "Sri", "Paduka", "Wira", "Amar"),
            "Datin", words("Seri", "Sri", "Paduka"), "Haji", words(), "Hajah", words());

    /** Honours that are one only before another honour ("Tun Dr. Mahathir"): "Tun" is also a Burmese name. */
    static final Set<String> LEADING_HONOURS = words("Tun");

    /** Words of a world region in a portfolio ("Assistant Secretary for South and Central Asia", "for the Western Hemisphere"). */
    static final Set<String> REGION_WORDS = words("South", "North", "East", "West", "Central", "Southern", "Northern", "Eastern",
            "Western", "Middle", "Near", "Far", "Africa", "African", "Latin", "Caribbean", "Oceania", "Pacific", "Asia", "Asian",
            "Hemisphere", "Europe", "Eurasia", "Eurasian", "Indo-Pacific", "Gulf", "Arctic", "Southeast", "Northeast", "Southwest",
            "Northwest", "Americas", "Sub-Saharan", "Baltic", "Nordic", "Mediterranean", "Islands");

    /** A word list, duplicates allowed: the lists are written for reading, not deduplicated by hand. */
    private static Set<String> words(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    static boolean isVietnameseFamilyName(String word) {
        return VIETNAMESE_FAMILY_NAMES.contains(NameKey.of(word));
    }

    private static Set<String> keys(String... words) {
        java.util.HashSet<String> keys = new java.util.HashSet<>();
        for (String w : words) {
            keys.add(NameKey.of(w));
        }
        return Set.copyOf(keys);
    }
}
