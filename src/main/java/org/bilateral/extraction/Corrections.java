package org.bilateral.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bilateral.engagements.EngagementKind;
import org.bilateral.engagements.OrganisationKind;
import org.bilateral.policy.PolicyTopic;
import org.bilateral.shared.InputProblem;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.ReportedDate;

/** Checks a proposal as the reviewer left it, field by field, before anything enters the register. */
final class Corrections {

    private Corrections() {
    }

    static void validate(PressReleases.Subject subject, Map<String, Object> p, String source) {
        List<InputProblem> problems = new ArrayList<>();
        switch (subject) {
            case PERSON, ORGANISATION -> {
                required(p, "name", source, problems);
                country(p, source, problems);
                if (subject == PressReleases.Subject.ORGANISATION && p.get("kind") != null) {
                    check(() -> OrganisationKind.parse(String.valueOf(p.get("kind"))), source, "kind",
                            "one of ministry, legislature, company, association, party, agency, other", problems);
                }
            }
            case EVENT -> {
                check(() -> EngagementKind.parse(String.valueOf(p.get("kind"))), source, "kind",
                        "one of meeting, call, visit, business_forum, signing, negotiation_round, other", problems);
                for (String f : List.of("date", "end_date")) {
                    Object v = p.get(f);
                    if (v != null) {
                        check(() -> ReportedDate.parse(String.valueOf(v)), source, f, "a date is written 2026-02-04, or XXXX-02-04 when the year is unknown", problems);
                    }
                }
                if (!(p.get("participants") instanceof List<?>)) {
                    problems.add(new InputProblem(source, null, "participants", "a list of names"));
                }
            }
            case COMMITMENT -> {
                required(p, "buyer", source, problems);
                required(p, "item", source, problems);
                for (String f : List.of("quantity", "value_usd", "value_low_usd", "value_high_usd")) {
                    Object v = p.get(f);
                    if (v != null && !String.valueOf(v).isBlank()) {
                        try {
                            if (Double.parseDouble(String.valueOf(v)) <= 0) {
                                problems.add(new InputProblem(source, null, f, "must be more than zero"));
                            }
                        } catch (NumberFormatException e) {
                            problems.add(new InputProblem(source, null, f, "not a number: " + v));
                        }
                    }
                }
            }
            case ISSUE -> check(() -> PolicyTopic.parse(String.valueOf(p.get("topic"))), source, "topic",
                    "one of market_economy_status, export_controls, trade_fraud, tariffs", problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    private static void required(Map<String, Object> p, String field, String source, List<InputProblem> problems) {
        Object v = p.get(field);
        if (v == null || String.valueOf(v).isBlank()) {
            problems.add(new InputProblem(source, null, field, "is required"));
        }
    }

    private static void country(Map<String, Object> p, String source, List<InputProblem> problems) {
        Object v = p.get("country");
        if (v != null && !String.valueOf(v).isBlank() && !String.valueOf(v).matches("[A-Za-z]{2}")) {
            problems.add(new InputProblem(source, null, "country", "a two-letter ISO code such as VN or US, not " + v));
        }
    }

    private static void check(Runnable parse, String source, String field, String expected, List<InputProblem> problems) {
        try {
            parse.run();
        } catch (RuntimeException e) {
            problems.add(new InputProblem(source, null, field, expected));
        }
    }
}
