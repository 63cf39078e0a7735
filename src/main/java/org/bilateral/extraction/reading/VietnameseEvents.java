package org.bilateral.extraction.reading;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bilateral.engagements.EngagementKind;
import org.bilateral.shared.ReportedDate;
import org.jspecify.annotations.Nullable;

/**
 * What a Vietnamese report says happened, sentence by sentence. A sentence's main clause gives the event its verb or
 * noun names ("đã có buổi làm việc với", "tiếp", "hội đàm", "điện đàm", "phiên đàm phán lần thứ hai", "ký kết", "lễ ký",
 * "diễn đàn doanh nghiệp", "chuyến thăm chính thức"), with the people it names and the day it gives. Around it, the
 * report frames it ("trong khuôn khổ", "nhân dịp", "bên lề", "tiếp tục các hoạt động tại"): a frame naming a summit or a
 * visit is an event of its own, of the people it names after "của", else of the visitors from abroad (for a visit to
 * a country) or of the main clause's subject (for a summit), dated only by a day inside the frame. "Chuyến thăm … của
 * X" is X's visit; "Hội nghị … do A phối hợp với B tổ chức chiều ngày 25/9" is an event of its organisers on that day;
 * "do X làm trưởng đoàn" / "X dẫn đầu đoàn" adds X to the event the delegation attends. What is only planned or
 * proposed ("dự kiến", "sẽ", "lời mời", "đề nghị", "mong muốn") is no event. The same event told again (a caption, "Tại
 * buổi làm việc, …") joins the one told before when the kind agrees, the days do not disagree and the people overlap.
 */
final class VietnameseEvents {

    /** An event read from a report: participants are full names of people and organisations. */
    record Draft(EngagementKind kind, @Nullable ReportedDate date, @Nullable ReportedDate end, @Nullable String place, @Nullable Integer round,
                 Set<String> participants, int sentence, boolean past) {
    }

    private static final String L = "(?<![\\p{L}\\p{M}])";
    private static final String R = "(?![\\p{L}\\p{M}])";
    private static final Pattern CALL = Pattern.compile("(?iu)" + L + "(?:điện đàm|hội đàm trực tuyến|cuộc gọi|gọi điện|trao đổi qua điện thoại)" + R);
    private static final Pattern ROUND = Pattern.compile("(?iu)" + L + "(?:phiên|vòng)\\s+đàm phán" + R);
    private static final Pattern SIGNING = Pattern.compile("(?iu)" + L + "(?:lễ ký(?: kết)?|ký kết|đã ký|cùng ký|ký thỏa thuận|ký thoả thuận|ký bản ghi nhớ|ký hợp đồng|lễ bàn giao|lễ trao|trao (?:bản ghi nhớ|thỏa thuận|hợp đồng)"
            + "|trao đổi (?:các\\s+)?(?:bản ghi nhớ|biên bản ghi nhớ|văn kiện|thỏa thuận|thoả thuận))" + R);
    private static final Pattern MEETING = Pattern.compile("(?u)" + L + "(?:[Hh]ội đàm|[Hh]ội kiến|[Bb]uổi làm việc|[Cc]uộc họp(?! báo)|[Bb]uổi họp(?! báo)|[Hh]ọp trực tuyến|[Ll]àm việc với|[Tt]iếp xúc|[Tt]iếp đón|[Cc]uộc gặp|[Gg]ặp gỡ|[Gg]ặp|[Tt]iếp kiến|[Cc]hào xã giao|"
            + "[Tt]iếp(?=\\s+(?:\\p{Lu}|đoàn|lãnh đạo|các|ông|bà|ngài|và làm việc|xã giao|đại diện)))" + R);
    private static final Pattern FORUM = Pattern.compile("(?iu)" + L + "(?:diễn đàn doanh nghiệp|diễn đàn kinh doanh|hội nghị xúc tiến|hội thảo xúc tiến|kết nối giao thương|diễn đàn)" + R);
    private static final Pattern VISIT = Pattern.compile("(?iu)" + L + "(?:chuyến thăm|thăm chính thức|thăm cấp nhà nước|thăm làm việc|thăm hữu nghị|đến thăm|sang thăm|tới thăm|đoàn công tác|chuyến công tác)" + R);
    private static final Pattern SUMMIT = Pattern.compile("(?iu)" + L + "(?:hội nghị cấp cao|hội nghị thượng đỉnh|hội nghị bộ trưởng|hội nghị)" + R);
    /** Taking part in a summit or a conference ("tham dự Hội nghị Bộ trưởng Kinh tế ASEAN"): an event of kind other. */
    private static final Pattern ATTENDS = Pattern.compile("(?iu)" + L + "(?:tham dự|dự|tham gia|chủ trì|đồng chủ trì|phát biểu tại)\\s+(?:các\\s+)?(?:hội nghị|hội thảo|lễ kỷ niệm|sự kiện)" + R);
    private static final Pattern PLANNED = Pattern.compile("(?iu)" + L + "(?:dự kiến|sẽ|lời mời|mời|đề nghị|mong muốn|kế hoạch|sắp tới|chuẩn bị|hướng tới|tiến tới|nhận lời|sớm|nhằm)" + R);
    /** "Sau hội đàm, …", "Tại buổi làm việc, …": the event told before, named again to set the scene. */
    private static final Pattern BACK_REFERENCE = Pattern.compile("(?iu)^\\s*(?:sau|tại|trong|kết thúc|ngay sau|bên lề)\\s+(?:các\\s+|những\\s+)?(?:buổi\\s+|cuộc\\s+|phiên\\s+|lễ\\s+)?[\\p{L}\\p{M} ]{0,20}$");
    /** "Cùng ngày, …": the day of the event told just before. */
    private static final Pattern SAME_DAY = Pattern.compile("(?iu)\\s*(?:cùng ngày|trong cùng ngày|cũng trong ngày|cùng ngày hôm đó)(?![\\p{L}\\p{M}])");
    private static final Pattern FRAME = Pattern.compile("(?iu)" + L + "(?:trong khuôn khổ|nhân dịp|nhân chuyến|bên lề|trong chương trình|tiếp tục các hoạt động tại|trong dịp|trong chuyến)" + R);
    private static final Pattern FRAME_END = Pattern.compile("(?u),\\s+(?=\\p{Lu}|và\\s|(?:sáng|chiều|tối|ngày|hôm)\\s+\\d)|\\s+đã(?=\\s)");
    private static final Pattern VISIT_OF = Pattern.compile("(?iu)" + L + "chuyến thăm[^,.;]{0,80}?\\s+của\\s+");
    private static final Pattern ORGANISED = Pattern.compile("(?u)" + L + "do\\s+(.{2,80}?)\\s+(?:tổ chức|chủ trì|đồng tổ chức)" + R);
    private static final Pattern CO_ORGANISER = Pattern.compile("\\s+(?:phối hợp với|cùng với|cùng|và)\\s+");
    private static final Pattern BETWEEN = Pattern.compile("(?u)" + L + "giữa\\s+");
    private static final Pattern LEADS = Pattern.compile("(?iu)" + L + "(?:làm trưởng đoàn|dẫn đầu|trưởng đoàn)" + R);
    private static final Pattern ROUND_NUMBER = Pattern.compile("(?iu)(?:lần\\s+|vòng\\s+)?thứ\\s+(\\d{1,2}|nhất|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười)" + R);
    private static final Pattern MONTH_ONLY = Pattern.compile("(?iu)" + L + "tháng\\s+\\d{1,2}\\s*/\\s*\\d{4}");
    /** "tại Hà Nội", never "tại Công văn số 969" (the document an instruction is in) nor "tại Hội nghị" (the event itself). */
    private static final Pattern PLACE = Pattern.compile("(?u)" + L + "tại\\s+(?!(?:Công văn|Quyết định|Nghị định|Nghị quyết|Thông tư|Chỉ thị|Văn bản)" + R + ")"
            + "(?:thủ đô\\s+|thành phố\\s+|tỉnh\\s+|TP\\.?\\s*)?+(\\p{Lu}[\\p{L}\\p{M}.]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}.]*){0,3})");
    private static final Map<String, Integer> ORDINALS = Map.of("nhất", 1, "hai", 2, "ba", 3, "tư", 4, "bốn", 4, "năm", 5, "sáu", 6, "bảy", 7, "tám", 8,
            "chín", 9);

    private VietnameseEvents() {
    }

    /** One sentence as the events step reads it: its text, the people it names resolved, its organisations and days. */
    record Sentence(String text, List<VietnameseCast.Ref> people, List<VietnameseDates.Found> dates) {
    }

    static List<Draft> of(List<Sentence> sentences) {
        List<Draft> out = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            Work.checkpoint();
            Sentence s = sentences.get(i);
            String t = s.text();
            boolean[] used = new boolean[t.length() + 1];
            // "chuyến thăm … của X": X's visit, and X is no participant of the main clause
            Matcher v = VISIT_OF.matcher(t);
            while (v.find()) {
                VietnameseCast.Ref who = firstFrom(s.people(), v.end());
                if (who == null || who.start() > VietnameseTitles.skipSpaces(t, v.end()) + 60 || planned(t, v.start())) {
                    continue;
                }
                add(out, new Draft(EngagementKind.VISIT, dateIn(s, v.start(), who.end()), endIn(s, v.start(), who.end()), null, null,
                        names(List.of(who)), i, false));
                mark(used, v.start(), who.end());
            }
            // "Hội nghị … do A phối hợp với B tổ chức chiều ngày 25/9": its organisers, on the day after "tổ chức"
            Matcher o = ORGANISED.matcher(t);
            while (o.find()) {
                Set<String> organisers = new LinkedHashSet<>();
                for (String part : CO_ORGANISER.split(o.group(1), -1)) {
                    VietnameseNames.Organisation org = VietnameseNames.organisationAt(part.strip(), 0);
                    if (org != null && org.end() >= part.strip().length() - 1) {
                        organisers.add(org.name());
                    }
                }
                int nounStart = firstStart(t, Math.max(0, o.start() - NOUN_REACH), o.start());
                if (organisers.isEmpty() || nounStart < 0) {
                    continue;
                }
                VietnameseDates.Found d = s.dates().stream().filter(f -> f.start() >= o.end() && f.start() <= o.end() + 2).findFirst().orElse(null);
                int end = d == null ? o.end() : d.stop();
                add(out, new Draft(kindOfNoun(t.substring(nounStart, o.start())), d == null ? null : d.date(), d == null ? null : d.end(), null, null,
                        organisers, i, false));
                mark(used, nounStart, end);
            }
            // frames around the main clause
            List<int[]> frames = new ArrayList<>();
            Matcher f = FRAME.matcher(t);
            while (f.find()) {
                Matcher e = FRAME_END.matcher(t);
                int end = e.find(f.end()) ? e.start() : t.length();
                frames.add(new int[] {f.start(), end});
            }
            Set<String> subject = new LinkedHashSet<>();
            Set<String> main = new LinkedHashSet<>();
            VietnameseDates.Found mainDate = null;
            EngagementKind mainKind = null;
            int cueAt = -1;
            for (Cue c : cues(t)) {
                if (!inside(frames, c.at) && !used[c.at] && !planned(t, c.at) && !BACK_REFERENCE.matcher(t).region(0, c.at).find()) {
                    mainKind = c.kind;
                    cueAt = c.at;
                    break;
                }
            }
            int clauseEnd = cueAt < 0 ? t.length() : clauseEnd(t, cueAt);
            for (VietnameseCast.Ref r : s.people()) {
                if (!inside(frames, r.start()) && !used[r.start()] && r.start() < clauseEnd) {
                    main.add(r.person().name);
                    if (cueAt < 0 || r.start() < cueAt) {
                        subject.add(r.person().name);
                    }
                }
            }
            for (VietnameseDates.Found d : s.dates()) {
                if (!inside(frames, d.start()) && !used[d.start()]) {
                    mainDate = d;
                    break;
                }
            }
            if (mainKind != null) {
                if (mainDate == null && SAME_DAY.matcher(t).lookingAt()) {
                    mainDate = lastDated(out);
                }
                Set<String> participants = new LinkedHashSet<>(main);
                participants.addAll(organisations(t, cueAt, mainKind, s.people()));
                Integer round = mainKind == EngagementKind.NEGOTIATION_ROUND ? round(t, cueAt) : null;
                boolean past = MONTH_ONLY.matcher(t).find() && mainDate == null;
                add(out, new Draft(mainKind, mainDate == null ? null : mainDate.date(), mainDate == null ? null : mainDate.end(), place(t, frames),
                        round, participants, i, past));
            } else if (LEADS.matcher(t).find() && !main.isEmpty() && !out.isEmpty()) {
                Draft last = out.get(out.size() - 1);
                Set<String> joined = new LinkedHashSet<>(last.participants());
                joined.addAll(main);
                out.set(out.size() - 1, new Draft(last.kind(), last.date(), last.end(), last.place(), last.round(), joined, last.sentence(), last.past()));
            }
            for (int[] fr : frames) {
                frameEvent(out, s, i, fr, subject.isEmpty() ? main : subject, used);
            }
        }
        return out;
    }

    private static void frameEvent(List<Draft> out, Sentence s, int i, int[] fr, Set<String> subject, boolean[] used) {
        String t = s.text();
        String frame = t.substring(fr[0], fr[1]);
        EngagementKind kind = null;
        Matcher visit = VISIT.matcher(frame);
        if (visit.find() && !used[fr[0] + visit.start()]) {
            kind = EngagementKind.VISIT;
        } else if (SUMMIT.matcher(frame).find() || FORUM.matcher(frame).find()) {
            kind = EngagementKind.OTHER; // attending a summit or a forum: the meetings beside it are the report's events
        }
        if (kind == null || planned(t, fr[0])) {
            return;
        }
        Set<String> who = new LinkedHashSet<>();
        for (VietnameseCast.Ref r : s.people()) {
            if (r.start() >= fr[0] && r.start() < fr[1] && !used[r.start()] && OF_BEFORE.matcher(t).region(fr[0], r.start()).find()) {
                who.add(r.person().name);
            }
        }
        if (who.isEmpty() && kind == EngagementKind.VISIT) {
            String destination = destination(frame);
            for (VietnameseCast.Ref r : s.people()) {
                if (destination != null && r.start() < fr[1] && r.person().country != null && !destination.equals(r.person().country)) {
                    who.add(r.person().name);
                }
            }
        } else if (who.isEmpty()) {
            who.addAll(subject);
        }
        if (who.isEmpty()) {
            return; // "Cũng trong chuyến công tác, …": a frame naming no one says no more than the events around it
        }
        VietnameseDates.Found d = s.dates().stream().filter(x -> x.start() >= fr[0] && x.start() < fr[1] && !used[x.start()]).findFirst().orElse(null);
        add(out, new Draft(kind, d == null ? null : d.date(), d == null ? null : d.end(), place(frame, List.of()), null, who, i, MONTH_ONLY.matcher(frame).find() && d == null));
    }

    /** The country a visit goes to: "thăm chính thức Việt Nam", "tới Hàn Quốc", "tại Việt Nam". */
    private static @Nullable String destination(String frame) {
        Matcher m = Pattern.compile("(?iu)(?:thăm(?:\\s+chính thức|\\s+cấp nhà nước|\\s+làm việc)?|tới|đến|tại|sang)\\s+").matcher(frame);
        while (m.find()) {
            String code = VietnameseCountries.codeAt(frame, m.end());
            if (code != null) {
                return code;
            }
        }
        return null;
    }

    private record Cue(int at, EngagementKind kind) {
    }

    /** The event words of a sentence in the order written; a call or round named anywhere outranks a meeting word. */
    static List<Cue> cues(String t) {
        List<Cue> out = new ArrayList<>();
        find(out, CALL, t, EngagementKind.CALL);
        find(out, ROUND, t, EngagementKind.NEGOTIATION_ROUND);
        find(out, SIGNING, t, EngagementKind.SIGNING);
        find(out, MEETING, t, EngagementKind.MEETING);
        find(out, FORUM, t, EngagementKind.BUSINESS_FORUM);
        find(out, VISIT, t, EngagementKind.VISIT);
        find(out, ATTENDS, t, EngagementKind.OTHER);
        out.sort(java.util.Comparator.comparingInt(Cue::at));
        // "hội đàm" beside "điện đàm": the call is what happened
        for (Cue c : List.copyOf(out)) {
            if (c.kind == EngagementKind.CALL || c.kind == EngagementKind.NEGOTIATION_ROUND) {
                out.remove(c);
                out.add(0, c);
                break;
            }
        }
        return out;
    }

    private static void find(List<Cue> out, Pattern p, String t, EngagementKind kind) {
        Matcher m = p.matcher(t);
        while (m.find()) {
            out.add(new Cue(m.start(), kind));
        }
    }

    private static EngagementKind kindOfNoun(String noun) {
        return FORUM.matcher(noun).find() ? EngagementKind.BUSINESS_FORUM : EngagementKind.OTHER;
    }

    /** Whether what a sentence says at {@code at} is only planned or proposed: a planning word earlier in its clause. */
    static boolean planned(String t, int at) {
        int from = Math.max(t.lastIndexOf(';', at), 0);
        Matcher m = PLANNED.matcher(t).region(from, at);
        return m.find();
    }

    /** Organisations taking part: "giữa A và B" after a signing or ceremony, "với A" after a meeting word. */
    private static Set<String> organisations(String t, int cueAt, EngagementKind kind, List<VietnameseCast.Ref> people) {
        Set<String> out = new LinkedHashSet<>();
        for (VietnameseNames.Organisation o : VietnameseNames.organisations(t)) {
            // "Hãng hàng không Vietnam Airlines đã ký…", "Bộ Công Thương tổ chức…": the organisation doing it, when no
            // person's title holds it ("Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên đã…")
            boolean titled = people.stream().anyMatch(r -> r.start() <= o.start() && o.start() < r.end());
            if (!titled && o.end() <= cueAt && SUBJECT_GAP.matcher(t.substring(o.end(), cueAt)).matches()) {
                // "Tổng công ty Hàng không Việt Nam (Vietnam Airlines) và Tập đoàn Boeing đã ký…": both do it
                Matcher pair = AND_BEFORE.matcher(t).region(0, o.start());
                if (pair.find()) {
                    VietnameseNames.Organisation first = VietnameseNames.organisations(t.substring(0, pair.start())).stream()
                            .filter(x -> x.end() == pair.start() || t.substring(x.end(), pair.start()).isBlank()).findFirst().orElse(null);
                    if (first != null) {
                        out.add(first.name());
                    }
                }
                out.add(o.name());
            }
        }
        Matcher b = BETWEEN.matcher(t);
        b.region(cueAt, t.length());
        while (b.find()) {
            // "giữa Tập đoàn Dầu khí Việt Nam và Tập đoàn JERA": names with lower-case words, read between the words
            Matcher pair = PAIR.matcher(t).region(b.end(), t.length());
            if (pair.lookingAt() && isOrganisation(t, pair.start(1)) && isOrganisation(t, pair.start(2))) {
                out.add(pair.group(1).strip());
                out.add(pair.group(2).strip());
                break;
            }
            VietnameseNames.Organisation a = VietnameseNames.organisationAt(t, b.end());
            if (a != null && (a.name().contains(" ") || !VietnameseNames.looksVietnamese(a.name()))) {
                int and = t.indexOf(" và ", a.end());
                if (and == a.end()) {
                    VietnameseNames.Organisation c = VietnameseNames.organisationAt(t, and + 4);
                    if (c != null && isOrganisation(t, a.start()) && isOrganisation(t, c.start())) {
                        out.add(a.name());
                        out.add(c.name());
                        break;
                    }
                }
            }
        }
        if (kind == EngagementKind.MEETING || kind == EngagementKind.SIGNING) {
            Matcher w = WITH.matcher(t);
            w.region(cueAt, Math.min(t.length(), cueAt + WITH_REACH));
            if (w.find()) {
                int at = w.end();
                while (at < t.length()) {
                    VietnameseNames.Organisation a = VietnameseNames.organisationAt(t, at);
                    if (a == null || !named(t, a)) {
                        break;
                    }
                    out.add(a.name());
                    Matcher more = MORE.matcher(t).region(a.end(), t.length());
                    if (!more.lookingAt()) {
                        break;
                    }
                    at = more.end();
                }
            }
        }
        return out;
    }

    /** "làm việc với Tập đoàn Boeing", "tiếp lãnh đạo Tập đoàn Boeing", "với Boeing, Lockheed Martin và SpaceX". */
    private static final Pattern WITH = Pattern.compile("(?u)" + L + "(?:với|tiếp)\\s+(?:(?:lãnh đạo|đại diện|đoàn)\\s+(?:của\\s+)?)?(?=\\p{Lu})");
    /** How far after the event's word its "với" may come ("đã ký hợp đồng mua 50 máy bay … trị giá 8,1 tỷ USD với…"). */
    private static final int WITH_REACH = 120;
    private static final Pattern PAIR = Pattern.compile("(?u)(\\p{Lu}[^,;.()]{1,60}?)\\s+và\\s+(\\p{Lu}[^,;.()]{1,60}?)(?=\\s+(?:tại|vào|về|nhằm|trong|trị giá|với|để|ở|theo|đã|sẽ)\\s|\\s*[,;.()]|$)");
    /** "… của " right before a name: the name is whose the visit is. */
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern OF_BEFORE = Pattern.compile("(?u)" + L + "của" + "\\s+$");
    private static final Pattern MORE = Pattern.compile("(?u)\\s*(?:,|và)\\s*(?=\\p{Lu})");
    /** Words that open an unnamed group or a title, never an organisation's name. */
    private static final Pattern UNNAMED = Pattern.compile("(?iu)(?:Đoàn|Phái đoàn|Lãnh đạo|Hai|Các|Những|Phía|Đại sứ(?! quán)|Ông|Bà|Ngài)(?![\\p{L}\\p{M}])");

    /**
     * An organisation named after "với": a run that is no country ("với Hoa Kỳ"), no person's title ("với Thủ tướng…"),
     * no Vietnamese name and no unnamed group ("với Đoàn đàm phán").
     */
    private static boolean named(String t, VietnameseNames.Organisation a) {
        return isOrganisation(t, a.start()) || (VietnameseCountries.at(t, a.start()) == 0 && !titleAt(t, a.start())
                && !UNNAMED.matcher(a.name()).lookingAt() && !VietnameseNames.looksVietnamese(a.name()));
    }

    private static boolean titleAt(String t, int at) {
        List<VietnameseTitles.Title> titles = VietnameseTitles.in(t.substring(at));
        return !titles.isEmpty() && titles.get(0).start() == 0;
    }

    /** " và " closing the text before an organisation, after an alias in brackets if any ("A (AA) và B"). */
    private static final Pattern AND_BEFORE = Pattern.compile("\\s*(?:\\([^()]{1,40}\\))?\\s+và\\s+$");
    private static final Pattern SUBJECT_GAP = Pattern.compile("(?iu)\\s*(?:(?:cũng|đã|vừa|chính thức|đã chính thức|cũng đã)\\s+)*(?:có\\s+)?");

    private static final Pattern ORGANISATION_START = Pattern.compile("(?u)(?:Tập đoàn|Hãng|Tổng công ty|Công ty|Ngân hàng|Hiệp hội|Phòng Thương mại|Bộ|Quỹ|Tỉnh|tỉnh|Ủy ban)(?=\\s)");

    private static boolean isOrganisation(String t, int at) {
        return ORGANISATION_START.matcher(t).region(at, t.length()).lookingAt();
    }

    private static @Nullable Integer round(String t, int cueAt) {
        Matcher m = ROUND_NUMBER.matcher(t).region(cueAt, Math.min(t.length(), cueAt + 60));
        if (!m.find()) {
            return null;
        }
        String n = m.group(1).toLowerCase(java.util.Locale.ROOT);
        return n.chars().allMatch(Character::isDigit) ? Integer.valueOf(n) : ORDINALS.getOrDefault(n, n.equals("mười") ? 10 : null);
    }

    private static @Nullable String place(String t, List<int[]> frames) {
        Matcher m = PLACE.matcher(t);
        while (m.find()) {
            if (!inside(frames, m.start()) && !m.group(1).startsWith("Trụ")) {
                int country = VietnameseCountries.at(t, m.start(1));
                if (country > 0) {
                    return t.substring(m.start(1), m.start(1) + country);
                }
                String[] words = SPACES.split(m.group(1), -1);
                // a place of one to three words ("Seattle", "Kuala Lumpur", "Hồ Chí Minh"): a name after it is a person's
                return String.join(" ", java.util.Arrays.copyOf(words, Math.min(words.length, 3))).replaceAll("[.]$", "");
            }
        }
        return null;
    }

    /** How many events back a telling is looked for: a report tells an event again near where it told it first. */
    private static final int RETOLD_WITHIN = 12;

    /**
     * Adds an event, or joins it to the one told before: same kind, days not disagreeing, people overlapping or one
     * side naming none; a past event dated only to a month ("tháng 11/2002") stays apart.
     */
    static void add(List<Draft> out, Draft d) {
        for (int j = out.size() - 1; j >= Math.max(0, out.size() - RETOLD_WITHIN); j--) {
            Draft o = out.get(j);
            boolean dates = o.date() == null || d.date() == null || o.date().equals(d.date());
            boolean people = o.participants().isEmpty() || d.participants().isEmpty()
                    || o.participants().stream().anyMatch(d.participants()::contains);
            // an undated telling right after one of the same kind goes on with it ("Ngay sau nghi lễ, … đã ký Nghị định thư")
            boolean continues = d.date() == null && d.sentence() - o.sentence() <= 2;
            if (o.kind() == d.kind() && dates && (people || continues) && !o.past() && !d.past()) {
                Set<String> joined = new LinkedHashSet<>(o.participants());
                joined.addAll(d.participants());
                out.set(j, new Draft(o.kind(), o.date() != null ? o.date() : d.date(), o.date() != null ? o.end() : d.end(),
                        o.place() != null ? o.place() : d.place(), o.round() != null ? o.round() : d.round(), joined, o.sentence(), false));
                return;
            }
        }
        out.add(d);
    }

    /** "…, trong khi Đại sứ X cho biết…", "…; còn…": a clause after the event's own tells of something else. */
    private static final Pattern CLAUSE_END = Pattern.compile("(?iu);|,\\s*(?:trong khi|còn|đồng thời|trong đó|bên cạnh đó|ngoài ra)(?![\\p{L}\\p{M}])");

    private static int clauseEnd(String t, int from) {
        Matcher m = CLAUSE_END.matcher(t);
        return m.find(from) ? m.start() : t.length();
    }

    private static VietnameseDates.@Nullable Found lastDated(List<Draft> out) {
        for (int j = out.size() - 1; j >= 0; j--) {
            if (out.get(j).date() != null) {
                return new VietnameseDates.Found(0, 0, out.get(j).date(), null);
            }
        }
        return null;
    }

    private static Set<String> names(List<VietnameseCast.Ref> refs) {
        Set<String> out = new LinkedHashSet<>();
        refs.forEach(r -> out.add(r.person().name));
        return out;
    }

    private static VietnameseCast.@Nullable Ref firstFrom(List<VietnameseCast.Ref> refs, int from) {
        return refs.stream().filter(r -> r.start() >= from).findFirst().orElse(null);
    }

    private static @Nullable ReportedDate dateIn(Sentence s, int from, int to) {
        return s.dates().stream().filter(d -> d.start() >= from && d.start() < to).map(VietnameseDates.Found::date).findFirst().orElse(null);
    }

    private static @Nullable ReportedDate endIn(Sentence s, int from, int to) {
        return s.dates().stream().filter(d -> d.start() >= from && d.start() < to).map(VietnameseDates.Found::end).findFirst().orElse(null);
    }

    /** How far before "do … tổ chức" the event's noun may stand ("Hội nghị Xúc tiến thương mại-đầu tư và kết nối…"). */
    private static final int NOUN_REACH = 150;

    /** Where the first summit or forum noun in [from, to) begins: a long name may hold a second such noun. */
    private static int firstStart(String t, int from, int to) {
        Matcher a = SUMMIT.matcher(t).region(from, to);
        Matcher b = FORUM.matcher(t).region(from, to);
        int x = a.find() ? a.start() : Integer.MAX_VALUE;
        int y = b.find() ? b.start() : Integer.MAX_VALUE;
        int first = Math.min(x, y);
        return first == Integer.MAX_VALUE ? -1 : first;
    }

    private static boolean inside(List<int[]> spans, int at) {
        for (int[] s : spans) {
            if (at >= s[0] && at < s[1]) {
                return true;
            }
        }
        return false;
    }

    private static void mark(boolean[] used, int from, int to) {
        for (int k = from; k < to && k < used.length; k++) {
            used[k] = true;
        }
    }
}
