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
     * Country names and demonyms that open a title ("US Senator", "Vietnamese Minister", "India's Minister") or name
     * an official's side ("EU Ambassador"), each with its ISO 3166 alpha-2 code (EU for the Union's own officials).
     */
    static final Map<String, String> NATIONALITIES = new HashMap<>();
    /** The adjectives among them ("Indonesian"): they describe the person and are not part of the title. */
    static final Set<String> DEMONYMS = new java.util.HashSet<>();

    static {
        country("VN", "Vietnam, Việt Nam, Viet Nam, Vietnam's, Việt Nam's, Hanoi's", "Vietnamese");
        country("US", "US, U.S., USA, U.S.A., United States, America, Washington's, America's, US's, United States of America", "American");
        country("CN", "China, PRC, People's Republic of China, Beijing's", "Chinese");
        country("JP", "Japan, Tokyo's", "Japanese");
        country("KR", "South Korea, Korea, Republic of Korea, ROK, Seoul's", "Korean, South Korean");
        country("KP", "North Korea, DPRK", "North Korean");
        country("LA", "Laos, Lao PDR", "Lao, Laotian");
        country("KH", "Cambodia", "Cambodian");
        country("TH", "Thailand", "Thai");
        country("MM", "Myanmar, Burma", "Myanmar, Burmese");
        country("IN", "India, New Delhi's", "Indian");
        country("PK", "Pakistan", "Pakistani");
        country("BD", "Bangladesh", "Bangladeshi");
        country("LK", "Sri Lanka", "Sri Lankan");
        country("AU", "Australia, Canberra's", "Australian");
        country("NZ", "New Zealand", "New Zealander");
        country("GB", "UK, U.K., United Kingdom, Britain, Great Britain, London's", "British");
        country("IE", "Ireland", "Irish");
        country("FR", "France, Paris's", "French");
        country("DE", "Germany, Berlin's", "German");
        country("IT", "Italy", "Italian");
        country("ES", "Spain", "Spanish");
        country("PT", "Portugal", "Portuguese");
        country("NL", "Netherlands, the Netherlands, Holland", "Dutch");
        country("BE", "Belgium", "Belgian");
        country("PL", "Poland", "Polish");
        country("SE", "Sweden", "Swedish");
        country("NO", "Norway", "Norwegian");
        country("DK", "Denmark", "Danish");
        country("FI", "Finland", "Finnish");
        country("CH", "Switzerland", "Swiss");
        country("AT", "Austria", "Austrian");
        country("CZ", "Czech Republic, Czechia", "Czech");
        country("HU", "Hungary", "Hungarian");
        country("GR", "Greece", "Greek");
        country("TR", "Turkey, Türkiye", "Turkish");
        country("UA", "Ukraine", "Ukrainian");
        country("SG", "Singapore", "Singaporean");
        country("MY", "Malaysia, Putrajaya's", "Malaysian");
        country("ID", "Indonesia, Jakarta's", "Indonesian");
        country("PH", "Philippines, the Philippines, Manila's", "Philippine, Filipino");
        country("BN", "Brunei", "Bruneian");
        country("TL", "Timor-Leste, East Timor", "Timorese");
        country("CA", "Canada, Ottawa's", "Canadian");
        country("MX", "Mexico", "Mexican");
        country("BR", "Brazil", "Brazilian");
        country("AR", "Argentina", "Argentine, Argentinian");
        country("CL", "Chile", "Chilean");
        country("PE", "Peru", "Peruvian");
        country("CO", "Colombia", "Colombian");
        country("TW", "Taiwan, Taipei's", "Taiwanese");
        country("HK", "Hong Kong", "");
        country("EU", "EU, E.U., European Union, Brussels'", "European");
        country("RU", "Russia, Russian Federation, Moscow's", "Russian");
        country("SA", "Saudi Arabia", "Saudi");
        country("AE", "UAE, United Arab Emirates", "Emirati");
        country("QA", "Qatar", "Qatari");
        country("IL", "Israel", "Israeli");
        country("EG", "Egypt", "Egyptian");
        country("ZA", "South Africa", "South African");
        country("NG", "Nigeria", "Nigerian");
        country("KE", "Kenya", "Kenyan");
        country("MN", "Mongolia", "Mongolian");
        country("KZ", "Kazakhstan", "Kazakh");
    }

    private static void country(String code, String names, String demonyms) {
        for (String w : names.split(",\\s*")) {
            NATIONALITIES.put(w, code);
        }
        for (String w : demonyms.split(",\\s*")) {
            if (!w.isBlank()) {
                NATIONALITIES.put(w, code);
                DEMONYMS.add(w);
            }
        }
    }

    /** Every country name and demonym as a regular-expression alternation, the longest first. */
    static String nationalityAlternation() {
        return NATIONALITIES.keySet().stream().sorted((a, b) -> b.length() - a.length()).map(java.util.regex.Pattern::quote)
                .collect(java.util.stream.Collectors.joining("|"));
    }

    /**
     * Capitals and the cities releases are most often filed from, by their key, with their country: a dateline
     * ("JAKARTA (Antara) -", "NEW DELHI –") says which side a news outlet writes from.
     */
    static final Map<String, String> DATELINE_CITIES = new HashMap<>();

    static {
        city("VN", "Hanoi", "Ha Noi", "Hà Nội", "Ho Chi Minh City", "HCM City", "Da Nang", "Đà Nẵng", "Hai Phong", "Haiphong");
        city("US", "Washington", "Washington DC", "Washington D.C.", "New York", "San Francisco", "Los Angeles", "Chicago", "Seattle", "Houston");
        city("CN", "Beijing", "Shanghai", "Guangzhou", "Shenzhen");
        city("JP", "Tokyo", "Osaka");
        city("KR", "Seoul", "Busan");
        city("IN", "New Delhi", "Delhi", "Mumbai", "Bengaluru", "Chennai", "Kolkata");
        city("ID", "Jakarta", "Surabaya");
        city("MY", "Kuala Lumpur", "Putrajaya");
        city("SG", "Singapore");
        city("TH", "Bangkok");
        city("PH", "Manila");
        city("KH", "Phnom Penh");
        city("LA", "Vientiane");
        city("MM", "Naypyidaw", "Yangon");
        city("BN", "Bandar Seri Begawan");
        city("AU", "Canberra", "Sydney", "Melbourne");
        city("NZ", "Wellington", "Auckland");
        city("GB", "London");
        city("FR", "Paris");
        city("DE", "Berlin");
        city("BE", "Brussels");
        city("EU", "Brussels");
        city("CA", "Ottawa", "Toronto");
        city("MX", "Mexico City");
        city("BR", "Brasilia", "Brasília");
        city("TW", "Taipei");
        city("RU", "Moscow");
        city("AE", "Abu Dhabi", "Dubai");
        city("SA", "Riyadh");
    }

    private static void city(String code, String... names) {
        for (String n : names) {
            DATELINE_CITIES.putIfAbsent(NameKey.of(n), code);
        }
    }

    /** The longest country name or demonym (in words) the lexicon knows, for matching word runs against it. */
    static final int LONGEST_NATIONALITY = 4;

    private static final java.util.regex.Pattern WORD_BREAK = java.util.regex.Pattern.compile("[\\s,;:!?()\"“”\\[\\]\\-–—/]+");

    /**
     * The countries a text names, by name or demonym, the longest name first ("United States of America" before
     * "America"), with how often: in the order the text first names them. A possessive or a full stop after the name
     * is no part of it ("India's", "Vietnam.").
     */
    static Map<String, Integer> countriesIn(String text) {
        Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        String[] words = WORD_BREAK.split(text.strip());
        for (int i = 0; i < words.length; i++) {
            for (int n = Math.min(LONGEST_NATIONALITY, words.length - i); n >= 1; n--) {
                String code = country(String.join(" ", java.util.Arrays.copyOfRange(words, i, i + n)));
                if (code != null) {
                    counts.merge(code, 1, Integer::sum);
                    i += n - 1;
                    break;
                }
            }
        }
        return counts;
    }

    private static String country(String phrase) {
        String code = NATIONALITIES.get(phrase);
        if (code == null && (phrase.endsWith("'s") || phrase.endsWith("’s"))) {
            code = NATIONALITIES.get(phrase.substring(0, phrase.length() - 2));
        }
        if (code == null && phrase.endsWith(".")) {
            code = NATIONALITIES.get(phrase.substring(0, phrase.length() - 1));
        }
        return code;
    }

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

    /**
     * States and provinces whose officials the genre names by the state ("Texas Agriculture Commissioner", "Ontario
     * Premier"), with their country. Washington and Georgia are left out: a capital and a country first.
     */
    static final Map<String, String> STATES = new HashMap<>();

    static {
        for (String state : ("Alabama, Alaska, Arizona, Arkansas, California, Colorado, Connecticut, Delaware, Florida, Hawaii, Idaho, "
                + "Illinois, Indiana, Iowa, Kansas, Kentucky, Louisiana, Maine, Maryland, Massachusetts, Michigan, Minnesota, Mississippi, "
                + "Missouri, Montana, Nebraska, Nevada, New Hampshire, New Jersey, New Mexico, New York, North Carolina, North Dakota, Ohio, "
                + "Oklahoma, Oregon, Pennsylvania, Rhode Island, South Carolina, South Dakota, Tennessee, Texas, Utah, Vermont, Virginia, "
                + "West Virginia, Wisconsin, Wyoming").split(",\\s*")) {
            STATES.put(state, "US");
        }
        for (String state : "New South Wales, Queensland, South Australia, Western Australia, Tasmania".split(",\\s*")) {
            STATES.put(state, "AU");
        }
        for (String province : "Ontario, Quebec, Alberta, British Columbia, Manitoba, Saskatchewan, Nova Scotia, New Brunswick".split(",\\s*")) {
            STATES.put(province, "CA");
        }
    }

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
