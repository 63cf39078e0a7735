package org.bilateral.commitments.importing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.csv.CSVRecord;
import org.bilateral.commitments.ReportedValue;
import org.bilateral.shared.Said;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.InputProblem;
import org.bilateral.shared.InvalidValue;
import org.bilateral.shared.Limits;
import org.bilateral.shared.UsState;
import org.jspecify.annotations.Nullable;

/** One record's fields, reporting each problem with the record's line and the column's name. */
final class DealsFileCells {
    private final CSVRecord record;
    private final String fileName;
    private final List<InputProblem> problems;

    DealsFileCells(CSVRecord record, String fileName, List<InputProblem> problems) {
        this.record = record;
        this.fileName = fileName;
        this.problems = problems;
    }

    @Nullable String optional(String column) {
        if (!record.isMapped(column) || !record.isSet(column)) {
            return null;
        }
        String v = record.get(column);
        // Asked of the cell as written, before any spaces are stripped: a name, a code or a date never holds a tab or a
        // line break, even a trailing one; only the note may run over lines.
        Optional<Said> wrong = column.equals("note") ? Limits.textSaid(v) : Limits.lineSaid(v);
        if (wrong.isPresent()) {
            // Every download must hold what is stored: a spreadsheet cell holds 32,767 characters, a name far fewer.
            problem(column, wrong.get());
            return null;
        }
        return v == null || v.isBlank() ? null : v.strip();
    }

    @Nullable String required(String column) {
        String v = optional(column);
        if (v == null && (!record.isMapped(column) || !record.isSet(column) || record.get(column).isBlank())) {
            problem(column, Said.of("refusal.commitments.empty"));
        }
        return v;
    }

    @Nullable CountryCode country(String column, boolean required) {
        String v = required ? required(column) : optional(column);
        if (v == null) {
            return null;
        }
        try {
            return CountryCode.of(v);
        } catch (IllegalArgumentException e) {
            problem(column, Said.of("refusal.commitments.notACountry", Limits.shown(String.valueOf(v))));
            return null;
        }
    }

    /** A US state by its postal code ("WA"), in any case; a code of no state is refused by its column. */
    @Nullable UsState usState(String column) {
        String v = optional(column);
        if (v == null) {
            return null;
        }
        if (!UsState.isState(v.toUpperCase(Locale.ROOT))) {
            // said as the file writes it, "Washington", not as the code it was taken for
            problem(column, Said.of("refusal.shared.notAUsState", Said.asWritten(Limits.shown(v))));
            return null;
        }
        return UsState.of(v);
    }

    @Nullable BigDecimal number(String column) {
        String v = optional(column);
        if (v == null) {
            return null;
        }
        try {
            return Limits.number(v);
        } catch (InvalidValue e) {
            problem(column, e.said());
            return null;
        }
    }

    /** An amount of money, kept to the cent as every amount is: 0.005 is refused by its column, never stored as 0.00. */
    @Nullable BigDecimal money(String column) {
        BigDecimal v = number(column);
        Optional<Said> wrong = v == null ? Optional.<Said>empty() : Limits.centsSaid(v);
        if (wrong.isPresent()) {
            problem(column, wrong.get());
            return null;
        }
        return v;
    }

    @Nullable LocalDate date(String column) {
        String v = optional(column);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            problem(column, Said.of("refusal.commitments.notADate", Limits.shown(String.valueOf(v))));
            return null;
        }
    }

    /** US dollars in value_usd_low/high, or another currency with its rate and the rate's date. */
    @Nullable ReportedValue value() {
        String currencyCode = optional("currency");
        boolean usd = currencyCode == null || currencyCode.equalsIgnoreCase("USD");
        String lowColumn = usd && optional("value_low") == null && optional("value_high") == null ? "value_usd_low" : "value_low";
        String highColumn = lowColumn.equals("value_low") ? "value_high" : "value_usd_high";
        BigDecimal low = money(lowColumn);
        BigDecimal high = money(highColumn);
        if (low == null && high == null) {
            return null;
        }
        Currency currency;
        try {
            currency = Currency.getInstance(usd || currencyCode == null ? "USD" : currencyCode.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problem("currency", Said.of("refusal.commitments.notACurrency", Limits.shown(String.valueOf(currencyCode))));
            return null;
        }
        try {
            return ReportedValue.of(currency, low, high, number("usd_rate"), date("rate_date"));
        } catch (IllegalArgumentException e) {
            String message = String.valueOf(e.getMessage());
            problem(message.contains("rate") ? "usd_rate" : lowColumn, e instanceof InvalidValue v ? v.said() : Said.asWritten(message));
            return null;
        }
    }

    void problem(String column, Said message) {
        problems.add(new InputProblem(fileName, InputProblem.line(record.getRecordNumber() + 1), column, message));
    }
}
