package org.bilateral.offers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.bilateral.shared.HsCode;
import org.bilateral.shared.InputProblem;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.Said;
import org.bilateral.tariffs.Schedule;
import org.bilateral.tariffs.TariffLine;
import org.bilateral.tariffs.TariffSchedules;
import org.jspecify.annotations.Nullable;

/**
 * What an offer must be to be saved or priced, each refusal naming its field as the offer file writes it
 * ({@code parts[1].phases[0].rate}, counted from 0): first what the offer says of itself, then what the schedule in force
 * says of its codes and rates, then what the statistics year says of its phases.
 */
final class OfferRules {

    /** The most codes an offer lists, over all its parts. */
    static final int MOST_CODES = 500;
    /** The longest note, as the table holds it. */
    static final int LONGEST_NOTE = 4000;
    /** The most parts and phases of a part: each part is read against every line of the schedule for every phase year. */
    static final int MOST_PARTS = 50;
    static final int MOST_PHASES = 20;
    /** The years a phase may name, as the table holds them. */
    static final int FIRST_PHASE_YEAR = 1990;
    static final int LAST_PHASE_YEAR = 2100;

    /** The longest name an offer takes (the store's check says the same). */
    static final int LONGEST_NAME = 200;

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private OfferRules() {
    }

    /**
     * The problems an offer has by itself, without a schedule or statistics: a name, parts, codes and phases as a
     * schedule could take them, rates and elasticities in their ranges. {@code line} gives the line the file writes a
     * field on (null when none: an offer from a form or a request).
     */
    static List<InputProblem> ownProblems(String source, OfferDraft draft, Function<String, @Nullable Said> line) {
        List<InputProblem> problems = new ArrayList<>();
        if (draft.name().isBlank()) {
            problems.add(problem(source, line, "name", Said.of("refusal.offers.nameEmpty")));
        } else if (draft.name().strip().length() > LONGEST_NAME) {
            problems.add(problem(source, line, "name", Said.of("refusal.offers.nameTooLong", LONGEST_NAME)));
        }
        if (draft.note() != null && draft.note().length() > LONGEST_NOTE) {
            problems.add(problem(source, line, "note", Said.of("refusal.offers.noteTooLong", LONGEST_NOTE)));
        }
        if (draft.parts().size() > MOST_PARTS) {
            problems.add(problem(source, line, "parts", Said.of("refusal.offers.tooManyParts", draft.parts().size(), MOST_PARTS)));
        }
        elasticity(problems, source, line, "elasticities.import-demand", draft.elasticities().importDemand());
        elasticity(problems, source, line, "elasticities.substitution", draft.elasticities().substitution());
        if (draft.parts().isEmpty()) {
            problems.add(problem(source, line, "parts", Said.of("refusal.offers.noParts")));
        }
        int codes = draft.parts().stream().mapToInt(p -> p.selection().codes().size()).sum();
        if (codes > MOST_CODES) {
            problems.add(problem(source, line, "parts", Said.of("refusal.offers.tooManyCodes", codes, MOST_CODES)));
        }
        for (int i = 0; i < draft.parts().size(); i++) {
            Part part = draft.parts().get(i);
            String at = "parts[" + i + "]";
            Selection s = part.selection();
            if (s.scope() == Scope.CODES && s.codes().isEmpty()) {
                problems.add(problem(source, line, at + ".codes", Said.of("refusal.offers.noCodes")));
            }
            if (s.scope() != Scope.CODES && !s.codes().isEmpty()) {
                problems.add(problem(source, line, at + ".codes", Said.of("refusal.offers.codesWithScope", s.scope().code())));
            }
            if (s.mfnAtOrBelowPercent() != null) {
                rate(problems, source, line, at + ".mfn-at-or-below", s.mfnAtOrBelowPercent());
            }
            if (part.phases().isEmpty()) {
                problems.add(problem(source, line, at + ".phases", Said.of("refusal.offers.noPhases")));
            }
            if (part.phases().size() > MOST_PHASES) {
                problems.add(problem(source, line, at + ".phases", Said.of("refusal.offers.tooManyPhases", part.phases().size(), MOST_PHASES)));
            }
            for (int j = 0; j < part.phases().size(); j++) {
                Phase phase = part.phases().get(j);
                String field = at + ".phases[" + j + "]";
                rate(problems, source, line, field + ".rate", phase.ratePercent());
                if (!phase.fromStatisticsYear() && (phase.year() < FIRST_PHASE_YEAR || phase.year() > LAST_PHASE_YEAR)) {
                    problems.add(problem(source, line, field + ".year", Said.of("refusal.offers.phaseYearOutOfRange",
                            String.valueOf(phase.year()), String.valueOf(FIRST_PHASE_YEAR), String.valueOf(LAST_PHASE_YEAR))));
                }
                if (phase.fromStatisticsYear() && part.phases().size() > 1) {
                    problems.add(problem(source, line, field + ".year", Said.of("refusal.offers.phaseWithoutYear")));
                }
                if (j > 0) {
                    Phase before = part.phases().get(j - 1);
                    if (phase.year() <= before.year()) {
                        problems.add(problem(source, line, field + ".year",
                                Said.of("refusal.offers.yearsNotIncreasing", String.valueOf(phase.year()), String.valueOf(before.year()))));
                    }
                    if (phase.ratePercent().compareTo(before.ratePercent()) > 0) {
                        problems.add(problem(source, line, field + ".rate", Said.of("refusal.offers.rateRising",
                                phase.ratePercent().toPlainString(), before.ratePercent().toPlainString())));
                    }
                }
            }
        }
        return problems;
    }

    /**
     * The problems of an offer's codes and rates against the schedule in force: a code it does not hold, a rate above a
     * listed line's MFN, or above the MFN of every priced line under a listed code. Lines of a broader selection whose MFN
     * is already at or below the rate keep their rate: counted, not refused.
     */
    static List<InputProblem> scheduleProblems(String source, OfferDraft draft, Schedule schedule, TariffSchedules schedules,
                                               Function<String, @Nullable Said> line) {
        List<InputProblem> problems = new ArrayList<>();
        // the schedule read once, each of up to 500 codes sliced from it
        List<TariffLine> all = schedules.lines(schedule.id());
        for (int i = 0; i < draft.parts().size(); i++) {
            Part part = draft.parts().get(i);
            String at = "parts[" + i + "]";
            for (HsCode code : part.selection().codes()) {
                List<TariffLine> under = TariffSchedules.under(all, code);
                if (under.isEmpty()) {
                    problems.add(problem(source, line, at + ".codes",
                            Said.of("refusal.offers.notInSchedule", code.digits(), schedule.inForceFrom().toString())));
                    continue;
                }
                BigDecimal ceiling = part.selection().mfnAtOrBelowPercent();
                List<BigDecimal> mfn = under.stream().map(TariffLine::mfnPercent).filter(java.util.Objects::nonNull)
                        .filter(r -> ceiling == null || r.compareTo(ceiling) <= 0).toList();
                if (mfn.isEmpty()) {
                    continue; // only unpriced lines (or none at or below the ceiling): nothing to compare a rate with
                }
                BigDecimal highest = mfn.stream().max(BigDecimal::compareTo).orElseThrow();
                for (int j = 0; j < part.phases().size(); j++) {
                    BigDecimal rate = part.phases().get(j).ratePercent();
                    if (rate.compareTo(highest) > 0) {
                        String field = at + ".phases[" + j + "].rate";
                        problems.add(problem(source, line, field, code.level() == 8
                                ? Said.of("refusal.offers.rateAboveLine", rate.toPlainString(), code.digits(), highest.toPlainString())
                                : Said.of("refusal.offers.rateAboveCode", rate.toPlainString(), code.digits(), highest.toPlainString())));
                    }
                }
            }
        }
        return problems;
    }

    /** A phase year before the statistics year the offer is priced against: the statistics cannot say what came before. */
    static List<InputProblem> yearProblems(String source, OfferDraft draft, int statisticsYear, Function<String, @Nullable Said> line) {
        List<InputProblem> problems = new ArrayList<>();
        for (int i = 0; i < draft.parts().size(); i++) {
            List<Phase> phases = draft.parts().get(i).phases();
            for (int j = 0; j < phases.size(); j++) {
                Phase phase = phases.get(j);
                if (!phase.fromStatisticsYear() && phase.year() < statisticsYear) {
                    problems.add(problem(source, line, "parts[" + i + "].phases[" + j + "].year",
                            Said.of("refusal.offers.yearBeforeStatistics", String.valueOf(phase.year()), String.valueOf(statisticsYear))));
                }
            }
        }
        return problems;
    }

    static void refuseAny(List<InputProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    private static void rate(List<InputProblem> problems, String source, Function<String, @Nullable Said> line, String field,
                             BigDecimal rate) {
        if (rate.signum() < 0 || rate.compareTo(HUNDRED) > 0) {
            problems.add(problem(source, line, field, Said.of("refusal.offers.rateOutOfRange", rate.toPlainString())));
        } else if (rate.stripTrailingZeros().scale() > 2) {
            problems.add(problem(source, line, field, Said.of("refusal.offers.tooManyDecimals", rate.toPlainString())));
        }
    }

    private static void elasticity(List<InputProblem> problems, String source, Function<String, @Nullable Said> line, String field,
                                   BigDecimal value) {
        if (value.compareTo(Elasticities.LOWEST) < 0 || value.compareTo(Elasticities.HIGHEST) > 0) {
            problems.add(problem(source, line, field, Said.of("refusal.offers.elasticityOutOfRange", value.toPlainString(),
                    Elasticities.LOWEST.toPlainString(), Elasticities.HIGHEST.toPlainString())));
        } else if (value.stripTrailingZeros().scale() > Elasticities.DECIMALS) {
            problems.add(problem(source, line, field, Said.of("refusal.offers.tooManyDecimals", value.toPlainString())));
        }
    }

    private static InputProblem problem(String source, Function<String, @Nullable Said> line, String field, Said what) {
        return new InputProblem(source, line.apply(field), field, what);
    }
}
