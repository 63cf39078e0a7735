package org.bilateral.policy;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A document as the Federal Register API gives it ({@code documents.json}, one of its {@code results}).
 *
 * @param type              the register's type as it names it: "Notice", "Rule", "Presidential Document"
 * @param presidentialType  "Executive Order", "Proclamation", … for a presidential document
 * @param instrumentNumber  the executive order's number, when it is one
 * @param agencies          the agencies' names, as the register gives them
 */
public record FederalRegisterDocument(String documentNumber, String title, @Nullable String abstractText, String type,
                                      @Nullable String presidentialType, @Nullable String instrumentNumber, LocalDate publicationDate,
                                      String htmlUrl, List<String> agencies) {

    public FederalRegisterDocument {
        agencies = List.copyOf(agencies);
    }

    public boolean presidential() {
        return type.equalsIgnoreCase("Presidential Document");
    }

    /** The title and the abstract: the words an alert on words reads. */
    public String text() {
        return abstractText == null || abstractText.isBlank() ? title : title + " " + abstractText;
    }
}
