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
            "Principal", "Vice-Chairman", "Vice-President", "Vice-Minister", "Deputy", "Member");

    /** Words that qualify a following title head ("Acting Minister", "Deputy Secretary"). */
    static final Set<String> TITLE_MODIFIERS = words(
            "Acting", "Deputy", "Vice", "Under", "Assistant", "Senior", "Permanent", "Former", "Principal",
            "Executive", "Standing", "First", "Chief", "Prime", "Trade", "General", "Managing", "Party", "State",
            "Foreign", "Special", "Associate", "Regional", "Country", "Commercial", "Economic", "Lead", "Co");

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
            "America", "Americas", "Europe", "European", "China", "Vietnam", "Việt", "Nam", "ASEAN", "Mekong");

    /** Connectors inside a name or title ("Minister of Industry and Trade", "Bank for Investment"). */
    static final Set<String> CONNECTORS = words("of", "and", "for", "on", "the", "&", "-", "–", "de", "in", "to");

    /** Demonyms and short country names that open a title ("US Senator", "Vietnamese Minister"). */
    static final Map<String, String> NATIONALITIES = new HashMap<>();

    static {
        put("VN", "Vietnamese", "Vietnam", "Việt Nam", "Viet Nam", "Vietnam's", "Việt Nam's");
        put("US", "US", "U.S.", "USA", "American", "United States", "America", "Washington's", "America's", "US's");
        put("CN", "Chinese", "China");
        put("JP", "Japanese", "Japan");
        put("KR", "Korean", "South Korean", "Korea");
        put("LA", "Lao", "Laotian", "Laos");
        put("KH", "Cambodian", "Cambodia");
        put("TH", "Thai", "Thailand");
        put("IN", "Indian", "India");
        put("AU", "Australian", "Australia");
        put("GB", "British", "UK", "U.K.");
        put("FR", "French", "France");
        put("DE", "German", "Germany");
        put("SG", "Singaporean", "Singapore");
        put("MY", "Malaysian", "Malaysia");
        put("ID", "Indonesian", "Indonesia");
        put("PH", "Philippine", "Filipino", "Philippines");
        put("CA", "Canadian", "Canada");
        put("MX", "Mexican", "Mexico");
        put("TW", "Taiwanese", "Taiwan");
        put("EU", "European", "EU");
        put("RU", "Russian", "Russia");
    }

    private static void put(String code, String... words) {
        for (String w : words) {
            NATIONALITIES.put(w, code);
        }
    }

    /** Family names that open most Vietnamese names; a name beginning with one is read surname first. */
    static final Set<String> VIETNAMESE_FAMILY_NAMES = keys(
            "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ",
            "Ngô", "Dương", "Lý", "Đào", "Đoàn", "Vương", "Trịnh", "Trương", "Lâm", "Phùng", "Mai", "Tô", "Hà",
            "Tạ", "Lưu", "Đinh", "Lương", "Cao", "Thái", "Quách", "Châu", "Kiều", "Tăng", "Lại", "La",
            "Chu", "Triệu", "Hứa", "Thân", "Khúc", "Nông", "Giang", "Doãn", "Tống", "Lò", "Nghiêm", "Từ");

    /** Titles whose holders, in this genre, are American unless the text says otherwise. */
    static final Set<String> AMERICAN_OFFICES = words("Senator", "Congressman", "Congresswoman", "Representative",
            "Secretary", "Undersecretary", "Trade Representative");

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
