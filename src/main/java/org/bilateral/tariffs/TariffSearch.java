package org.bilateral.tariffs;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bilateral.shared.Findable;
import org.bilateral.shared.HsCode;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The schedule's part of the search: a national line (or the lines under a heading or subheading) by its code, typed
 * with or without dots ("0402.21.20", "040221"), in the schedule in force today. The label is the code as the schedule
 * writes it and the detail the line's name in the searcher's language; each leads to the line on /tariffs.
 */
@Component
class TariffSearch implements Findable {

    private final TariffSchedules schedules;
    private final TariffLineNames names;

    TariffSearch(TariffSchedules schedules, TariffLineNames names) {
        this.schedules = schedules;
        this.names = names;
    }

    @Override
    public List<Found> find(Query query, int limit) {
        String digits = query.text().replace(".", "").replace(" ", "");
        if (limit <= 0 || digits.length() < 4 || digits.length() > 8 || !HsCode.isValid(digits)) {
            return List.of();
        }
        Optional<Schedule> inForce = schedules.inForceOn(LocalDate.now(ZoneOffset.UTC));
        if (inForce.isEmpty()) {
            return List.of();
        }
        List<Found> found = new ArrayList<>();
        for (TariffLine line : schedules.linesUnder(inForce.get().id(), new HsCode(digits))) {
            if (found.size() >= limit) {
                break;
            }
            found.add(new Found(Kind.TARIFF_LINE, line.dotted(),
                    names.name(line.code(), LocaleContextHolder.getLocale()).orElse(""), "/tariffs?code=" + line.code().digits()));
        }
        return found;
    }
}
