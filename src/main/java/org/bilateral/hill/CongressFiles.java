package org.bilateral.hill;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.bilateral.shared.CsvFiles;
import org.bilateral.shared.CsvProblems;
import org.bilateral.shared.InputProblem;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.InvalidValue;
import org.bilateral.shared.Limits;
import org.bilateral.shared.Said;
import org.bilateral.shared.TextFiles;
import org.bilateral.shared.UsState;
import org.jspecify.annotations.Nullable;

/**
 * Reads the three congress files (the layout of {@code ../shared/data/congress}, see its README) and checks every
 * field, naming file, line and field of each problem: a snapshot is taken whole or not at all.
 */
final class CongressFiles {

    static final String LEGISLATORS = "legislators-current.csv";
    static final String COMMITTEES = "committees-current.csv";
    static final String MEMBERSHIP = "committee-membership.csv";

    private static final List<String> LEGISLATOR_COLUMNS = List.of("bioguide_id", "full_name", "first_name", "middle_name", "last_name",
            "suffix", "nickname", "last_name_ascii", "chamber", "state", "district", "senate_class", "state_rank", "voting", "party",
            "caucus", "term_start", "term_end", "first_start_in_chamber", "url");
    private static final List<String> COMMITTEE_COLUMNS = List.of("committee_id", "committee_name", "parent_id", "chamber", "url",
            "jurisdiction");
    private static final List<String> SEAT_COLUMNS = List.of("committee_id", "bioguide_id", "side", "rank", "title", "member_chamber");

    private static final List<String> MEMBER_CHAMBERS = List.of("senate", "house");
    private static final Pattern COMMITTEE_ID = Pattern.compile("[A-Z]{4}[0-9]{0,2}");
    /** A party as the source names one: words of letters ("Republican", "Independent"). */
    private static final Pattern PARTY = Pattern.compile("\\p{L}+(?:[ -]\\p{L}+)*");

    /** A committee or subcommittee as the committees file gives it. */
    record Committee(String id, String name, @Nullable String parentId, String chamber, @Nullable String url,
                     @Nullable String jurisdiction) {
    }

    /** A seat as the membership file gives it. */
    record SeatRow(String committeeId, BioguideId member, String side, @Nullable Integer rank, @Nullable String title,
                   @Nullable String memberChamber) {
    }

    /** The three files read and checked: members by id, committees by id (parents first), seats in file order. */
    record Snapshot(Map<BioguideId, Member> members, Map<String, Committee> committees, List<SeatRow> seats) {
    }

    private CongressFiles() {
    }

    /** The files' bytes read and checked together; every problem of all three is listed, and nothing is taken. */
    static Snapshot read(byte[] legislators, byte[] committees, byte[] membership) {
        List<InputProblem> problems = new ArrayList<>();
        // a seat is checked against every member and committee the files list, even one refused for another field, so
        // that one mistake is said once, where it is
        Set<BioguideId> listedMembers = new HashSet<>();
        Set<String> listedCommittees = new HashSet<>();
        Map<BioguideId, Member> members = legislators(legislators, problems, listedMembers);
        Map<String, Committee> committeeRows = committees(committees, problems, listedCommittees);
        List<SeatRow> seats = seats(membership, listedMembers, listedCommittees, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new Snapshot(members, committeeRows, seats);
    }

    private interface RowReader {
        void row(CSVRecord record, Said where);
    }

    /** Reads a file's records after checking its header; false when the file could not be read as CSV at all. */
    private static void each(byte[] bytes, String fileName, List<String> columns, List<InputProblem> problems, RowReader reader) {
        CSVParser parser = CsvFiles.withHeader(bytes, fileName, problems);
        if (parser == null) {
            return;
        }
        try (parser) {
            boolean complete = true;
            for (String column : columns) {
                if (!parser.getHeaderMap().containsKey(column)) {
                    problems.add(new InputProblem(fileName, InputProblem.line(1), column, Said.of("refusal.hill.noColumn", column)));
                    complete = false;
                }
            }
            if (!complete) {
                return;
            }
            for (CSVRecord record : parser) {
                reader.row(record, InputProblem.line(parser.getCurrentLineNumber()));
            }
        } catch (UncheckedIOException | IllegalStateException e) {
            problems.add(CsvProblems.record(fileName, e));
        } catch (IOException e) {
            problems.add(new InputProblem(fileName, null, null, TextFiles.NOT_UTF8));
        }
    }

    private static Map<BioguideId, Member> legislators(byte[] bytes, List<InputProblem> problems, Set<BioguideId> listed) {
        Map<BioguideId, Member> members = new LinkedHashMap<>();
        each(bytes, LEGISLATORS, LEGISLATOR_COLUMNS, problems, (record, where) -> {
            Cells c = new Cells(record, LEGISLATORS, where, problems);
            BioguideId id = c.bioguide("bioguide_id");
            boolean twice = id != null && !listed.add(id);
            String fullName = c.required("full_name");
            String first = c.required("first_name");
            String last = c.required("last_name");
            String ascii = c.optional("last_name_ascii");
            Chamber chamber = c.chamber("chamber");
            UsState state = c.state("state");
            Integer district = c.integer("district", 0, 99);
            Integer senateClass = c.integer("senate_class", 1, 3);
            String stateRank = c.optional("state_rank");
            if (stateRank != null && !stateRank.equals("senior") && !stateRank.equals("junior")) {
                c.problem("state_rank", Said.of("refusal.hill.notAStateRank", Limits.shown(stateRank)));
            }
            Boolean voting = c.yesNo("voting");
            String party = c.required("party");
            if (party != null && !PARTY.matcher(party).matches()) {
                c.problem("party", Said.of("refusal.hill.notAParty", Limits.shown(party)));
            }
            String caucus = c.optional("caucus");
            if (caucus != null && !PARTY.matcher(caucus).matches()) {
                c.problem("caucus", Said.of("refusal.hill.notAParty", Limits.shown(caucus)));
            }
            LocalDate start = c.date("term_start");
            LocalDate end = c.date("term_end");
            LocalDate firstInChamber = c.date("first_start_in_chamber");
            if (start != null && end != null && !end.isAfter(start)) {
                c.problem("term_end", Said.of("refusal.hill.termBackwards", end.toString(), start.toString()));
            }
            if (start != null && firstInChamber != null && firstInChamber.isAfter(start)) {
                c.problem("first_start_in_chamber", Said.of("refusal.hill.firstAfterTerm", firstInChamber.toString(), start.toString()));
            }
            String url = c.optional("url");
            if (url != null) {
                if (!Limits.isWebAddress(url)) {
                    c.problem("url", Said.of("refusal.hill.notAWebAddress", Limits.shown(url)));
                }
            }
            if (chamber == Chamber.HOUSE) {
                if (district == null && c.clean("district")) {
                    c.problem("district", Said.of("refusal.hill.districtMissing"));
                }
                if (senateClass != null) {
                    c.problem("senate_class", Said.of("refusal.hill.senateOnly"));
                }
            } else if (chamber == Chamber.SENATE) {
                if (district != null) {
                    c.problem("district", Said.of("refusal.hill.houseOnly"));
                }
                if (senateClass == null && c.clean("senate_class")) {
                    c.problem("senate_class", Said.of("refusal.hill.classMissing"));
                }
            }
            if (twice && id != null) {
                c.problem("bioguide_id", Said.of("refusal.hill.memberTwice", id.value()));
            }
            if (c.failed() || id == null || fullName == null || first == null || last == null || chamber == null || state == null
                    || voting == null || party == null || start == null || end == null || firstInChamber == null) {
                return;
            }
            Legislator l = new Legislator(id, fullName, first, last, c.optional("nickname"), chamber, state, district, party, caucus,
                    start, end, firstInChamber, url);
            members.put(id, new Member(l, c.optional("middle_name"), c.optional("suffix"), ascii == null ? last : ascii, senateClass,
                    stateRank, voting));
        });
        return members;
    }

    private static Map<String, Committee> committees(byte[] bytes, List<InputProblem> problems, Set<String> listed) {
        Map<String, Committee> committees = new LinkedHashMap<>();
        Map<String, Said> parentsAsked = new LinkedHashMap<>();
        each(bytes, COMMITTEES, COMMITTEE_COLUMNS, problems, (record, where) -> {
            Cells c = new Cells(record, COMMITTEES, where, problems);
            String id = c.committeeId("committee_id");
            boolean twice = id != null && !listed.add(id);
            String name = c.required("committee_name");
            String parent = c.optional("parent_id");
            if (parent != null && !COMMITTEE_ID.matcher(parent).matches()) {
                c.problem("parent_id", Said.of("refusal.hill.notACommitteeId", Limits.shown(parent)));
                parent = null;
            }
            String chamber = c.oneOf("chamber", List.of("senate", "house", "joint"));
            String url = c.optional("url");
            if (url != null) {
                if (!Limits.isWebAddress(url)) {
                    c.problem("url", Said.of("refusal.hill.notAWebAddress", Limits.shown(url)));
                }
            }
            if (twice && id != null) {
                c.problem("committee_id", Said.of("refusal.hill.committeeTwice", id));
            }
            if (c.failed() || id == null || name == null || chamber == null) {
                return;
            }
            if (parent != null) {
                parentsAsked.put(id, where);
            }
            committees.put(id, new Committee(id, name, parent, chamber, url, c.optional("jurisdiction")));
        });
        // a subcommittee's parent is a committee of the same file, itself no subcommittee
        for (Map.Entry<String, Said> asked : parentsAsked.entrySet()) {
            Committee sub = committees.get(asked.getKey());
            String parentId = sub == null ? null : sub.parentId();
            Committee parent = parentId == null ? null : committees.get(parentId);
            if (parentId != null && (parent == null || parent.parentId() != null)) {
                problems.add(new InputProblem(COMMITTEES, asked.getValue(), "parent_id", Said.of("refusal.hill.noSuchParent", parentId)));
            }
        }
        // parents first, so that a subcommittee's reference to its committee is stored after it
        Map<String, Committee> ordered = new LinkedHashMap<>();
        committees.values().stream().filter(k -> k.parentId() == null).forEach(k -> ordered.put(k.id(), k));
        committees.values().stream().filter(k -> k.parentId() != null).forEach(k -> ordered.put(k.id(), k));
        return ordered;
    }

    private static List<SeatRow> seats(byte[] bytes, Set<BioguideId> members, Set<String> committees, List<InputProblem> problems) {
        List<SeatRow> seats = new ArrayList<>();
        Set<String> held = new HashSet<>();
        each(bytes, MEMBERSHIP, SEAT_COLUMNS, problems, (record, where) -> {
            Cells c = new Cells(record, MEMBERSHIP, where, problems);
            String committee = c.committeeId("committee_id");
            if (committee != null && !committees.contains(committee)) {
                c.problem("committee_id", Said.of("refusal.hill.noSuchCommittee", committee, COMMITTEES));
            }
            BioguideId member = c.bioguide("bioguide_id");
            if (member != null && !members.contains(member)) {
                c.problem("bioguide_id", Said.of("refusal.hill.noSuchMember", member.value(), LEGISLATORS));
            }
            String side = c.oneOf("side", List.of("majority", "minority"));
            Integer rank = c.integer("rank", 1, 999);
            String memberChamber = c.optional("member_chamber");
            if (memberChamber != null && !MEMBER_CHAMBERS.contains(memberChamber)) {
                c.problem("member_chamber", Said.of("refusal.hill.notOneOf", Limits.shown(memberChamber), String.join(", ", MEMBER_CHAMBERS)));
            }
            if (committee != null && member != null && !held.add(committee + " " + member.value())) {
                c.problem("bioguide_id", Said.of("refusal.hill.seatTwice", member.value(), committee));
            }
            if (c.failed() || committee == null || member == null || side == null) {
                return;
            }
            seats.add(new SeatRow(committee, member, side, rank, c.optional("title"), memberChamber));
        });
        return seats;
    }

    /** One record's cells, each checked and refused by its column; {@link #failed} once any was. */
    private static final class Cells {
        private final CSVRecord record;
        private final String file;
        private final Said where;
        private final List<InputProblem> problems;
        private final Set<String> refused = new HashSet<>();

        Cells(CSVRecord record, String file, Said where, List<InputProblem> problems) {
            this.record = record;
            this.file = file;
            this.where = where;
            this.problems = problems;
        }

        void problem(String column, Said what) {
            refused.add(column);
            problems.add(new InputProblem(file, where, column, what));
        }

        boolean failed() {
            return !refused.isEmpty();
        }

        /** Whether a column's cell has not been refused yet (so that a second problem with it is not added). */
        boolean clean(String column) {
            return !refused.contains(column);
        }

        /** The cell, refused when it holds a control character or is longer than a line may be; null when empty. */
        @Nullable String optional(String column) {
            String raw = record.isMapped(column) && record.isSet(column) ? record.get(column) : "";
            var wrong = column.equals("jurisdiction") ? Limits.textSaid(raw) : Limits.lineSaid(raw);
            if (wrong.isPresent()) {
                if (clean(column)) {
                    problem(column, wrong.get());
                }
                return null;
            }
            String text = raw.strip();
            return text.isEmpty() ? null : text;
        }

        @Nullable String required(String column) {
            String text = optional(column);
            if (text == null && clean(column)) {
                problem(column, Said.of("refusal.hill.empty"));
            }
            return text;
        }

        @Nullable BioguideId bioguide(String column) {
            String text = required(column);
            if (text == null) {
                return null;
            }
            try {
                return new BioguideId(text);
            } catch (InvalidValue e) {
                problem(column, e.said());
                return null;
            }
        }

        @Nullable String committeeId(String column) {
            String text = required(column);
            if (text != null && !COMMITTEE_ID.matcher(text).matches()) {
                problem(column, Said.of("refusal.hill.notACommitteeId", Limits.shown(text)));
                return null;
            }
            return text;
        }

        @Nullable Chamber chamber(String column) {
            String text = oneOf(column, List.of("senate", "house"));
            return text == null ? null : text.equals("senate") ? Chamber.SENATE : Chamber.HOUSE;
        }

        @Nullable String oneOf(String column, List<String> allowed) {
            String text = required(column);
            if (text != null && !allowed.contains(text)) {
                problem(column, Said.of("refusal.hill.notOneOf", Limits.shown(text), String.join(", ", allowed)));
                return null;
            }
            return text;
        }

        @Nullable UsState state(String column) {
            String text = required(column);
            if (text == null) {
                return null;
            }
            if (!UsState.isState(text)) {
                problem(column, Said.of("refusal.shared.notAUsState", Limits.shown(text)));
                return null;
            }
            return new UsState(text);
        }

        @Nullable Integer integer(String column, int min, int max) {
            String text = optional(column);
            if (text == null) {
                return null;
            }
            try {
                int n = Integer.parseInt(text);
                if (n >= min && n <= max) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // said below, as a number out of range is
            }
            problem(column, Said.of("refusal.hill.notAWholeNumber", Limits.shown(text), String.valueOf(min), String.valueOf(max)));
            return null;
        }

        @Nullable Boolean yesNo(String column) {
            String text = oneOf(column, List.of("yes", "no"));
            return text == null ? null : text.equals("yes");
        }

        @Nullable LocalDate date(String column) {
            String text = required(column);
            if (text == null) {
                return null;
            }
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                problem(column, Said.of("refusal.hill.notADate", Limits.shown(text)));
                return null;
            }
        }
    }
}
