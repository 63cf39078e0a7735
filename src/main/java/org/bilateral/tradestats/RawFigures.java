package org.bilateral.tradestats;

import java.math.BigDecimal;
import java.util.List;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.Flow;
import org.springframework.stereotype.Service;

/**
 * The figures as imported, one line of a statistics file each, of the slices held now (a replaced slice's figures left
 * out): what the benchmarks give a column store (DuckDB) to answer the workbench's questions from the raw rows, as a
 * baseline measured beside the workbench's own answer.
 */
@Service
public class RawFigures {

    /**
     * One figure.
     *
     * @param freq    'M' for a month's figure, 'A' for a year reported whole
     * @param month   the month, 1 for a year reported whole
     * @param hsLevel the digits of the slice's codes (2, 4, 6, 8 or 10)
     */
    public record Figure(char freq, int year, int month, int hsLevel, String hsCode, BigDecimal valueUsd) {
    }

    private final RawFiguresStore store;

    RawFigures(RawFiguresStore store) {
        this.store = store;
    }

    /** Every figure held of the flow in one year, monthly and whole-year alike. */
    public List<Figure> ofYear(CountryCode reporter, CountryCode partner, Flow flow, int year) {
        return store.ofYear(reporter, partner, flow, year);
    }
}
