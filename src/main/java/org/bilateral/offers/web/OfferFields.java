package org.bilateral.offers.web;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bilateral.shared.InputProblem;
import org.jspecify.annotations.Nullable;

/**
 * Which of the form's fields a refusal names: the form's own names ({@code parts[0].phases[1].rate}) as this door
 * writes them, and the use case's, which name them as the offer file does, counting from 0 too
 * ({@code parts[0].mfn-at-or-below}, {@code elasticities.import-demand}). A refusal of no field of the form is shown
 * above it.
 */
final class OfferFields {

    private static final Pattern PART = Pattern.compile("parts\\[(\\d+)]\\.(scope|codes|phases|ceiling|mfn-at-or-below)");
    private static final Pattern PHASE = Pattern.compile("parts\\[(\\d+)]\\.phases\\[(\\d+)]\\.(year|rate)");

    private OfferFields() {
    }

    /** The form's field the problem names, or none. */
    static @Nullable String formField(InputProblem problem, OfferForm form) {
        return formField(problem.field() != null ? problem.field() : problem.source(), form);
    }

    static @Nullable String formField(String named, OfferForm form) {
        String n = named.strip();
        switch (n.toLowerCase(Locale.ROOT).replaceAll("[^a-z.]", "")) {
            case "name" -> {
                return "name";
            }
            case "note" -> {
                return "note";
            }
            case "scheduleon", "scheduledon" -> {
                return "scheduleOn";
            }
            case "importdemand", "elasticities.importdemand" -> {
                return "importDemand";
            }
            case "substitution", "elasticities.substitution" -> {
                return "substitution";
            }
            case "parts" -> {
                return "parts";
            }
            default -> {
            }
        }
        Matcher phase = PHASE.matcher(n);
        if (phase.matches()) {
            int i = Integer.parseInt(phase.group(1));
            int j = Integer.parseInt(phase.group(2));
            return i >= 0 && i < form.parts().size() && j >= 0 && j < form.parts().get(i).phases().size()
                    ? "parts[" + i + "].phases[" + j + "]." + phase.group(3) : null;
        }
        Matcher part = PART.matcher(n);
        if (part.matches()) {
            int i = Integer.parseInt(part.group(1));
            String field = switch (part.group(2)) {
                case "scope", "codes", "phases" -> part.group(2);
                default -> "ceiling";
            };
            return i >= 0 && i < form.parts().size() ? "parts[" + i + "]." + field : null;
        }
        return null;
    }
}
