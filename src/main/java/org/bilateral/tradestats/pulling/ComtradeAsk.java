package org.bilateral.tradestats.pulling;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import org.bilateral.shared.Flow;

/**
 * One call to Comtrade's final data, {@code /data/v1/get/C/{M|A}/HS}: a reporter's trade in one flow with the partner and
 * with the world (partner 0), for a few periods. Breakdowns by second partner, customs procedure and transport mode are
 * asked at their totals (0, C00, 0) so that the records the reader would leave out are not sent at all.
 *
 * @param reporter the reporter's Comtrade code (Vietnam 704)
 * @param partner  the partner's Comtrade code (the United States 842, not its M49 840)
 * @param periods  months, or the January of each year for an annual call
 */
record ComtradeAsk(int reporter, int partner, Flow flow, boolean annual, List<YearMonth> periods) {

    ComtradeAsk {
        periods = List.copyOf(periods);
    }

    /** A period as Comtrade writes it: {@code 202501} or {@code 2025}. */
    static String code(YearMonth period, boolean annual) {
        return annual ? String.valueOf(period.getYear()) : String.format("%04d%02d", period.getYear(), period.getMonthValue());
    }

    String periodCodes() {
        return String.join(",", periods.stream().map(p -> code(p, annual)).toList());
    }

    URI address(URI base, List<String> commodities) {
        String path = base.toString().replaceAll("/+$", "") + "/data/v1/get/C/" + (annual ? "A" : "M") + "/HS";
        String query = "reporterCode=" + reporter + "&partnerCode=" + enc(partner + ",0") + "&period=" + enc(periodCodes())
                + "&flowCode=" + flow.code() + "&cmdCode=" + enc(String.join(",", commodities))
                + "&partner2Code=0&customsCode=C00&motCode=0&includeDesc=true";
        return URI.create(path + "?" + query);
    }

    /** The same call for a part of its periods, when an answer reached the records a call may return. */
    ComtradeAsk of(List<YearMonth> part) {
        return new ComtradeAsk(reporter, partner, flow, annual, part);
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
