package org.bilateral.risk;

import java.util.ArrayList;
import java.util.List;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.Flow;
import org.bilateral.tradestats.ProductFlows;
import org.springframework.stereotype.Component;

/**
 * The four flows of a triangle as the statistics hold them, each from the side that records it best: imports as the
 * importer records them, else the exporter's record of the same trade (said so), else missing, said plainly.
 */
@Component
class TriangleFlows {

    /** One flow read: what it is, whose record it is, the years it covers. */
    record Read(String name, CountryCode reporter, CountryCode partner, Flow flow, boolean mirrored, ProductFlows.YearsByProduct data) {

        String description() {
            return reporter.value() + "'s " + (flow == Flow.IMPORT ? "imports from " : "exports to ") + partner.value()
                    + (mirrored ? " (its partner's record being absent)" : "");
        }
    }

    /** The four flows, each null when missing, and what is missing in words. */
    record Flows(Read originToDestination, Read hubToDestination, Read originToHub, Read hubReportsExports, List<String> missing) {
    }

    private final ProductFlows flows;

    TriangleFlows(ProductFlows flows) {
        this.flows = flows;
    }

    Flows read(ScreenRequest r) {
        CountryCode o = r.triangle().origin();
        CountryCode h = r.triangle().hub();
        CountryCode d = r.triangle().destination();
        List<String> missing = new ArrayList<>();
        Read od = importsOrMirror("origin → destination", d, o, r, missing);
        Read hd = read("hub → destination", d, h, Flow.IMPORT, false, r);
        if (hd == null) {
            missing.add("no statistics of " + d.value() + "'s imports from " + h.value() + ": import the " + d.value()
                    + " statistics of imports (Census for the United States, Comtrade for reporter " + d.value() + ")");
        }
        Read oh = importsOrMirror("origin → hub", h, o, r, missing);
        Read hx = read("hub's record of its exports", h, d, Flow.EXPORT, false, r);
        if (hx == null) {
            missing.add("no statistics of " + h.value() + "'s exports to " + d.value() + ": import Comtrade for reporter " + h.value()
                    + " (the mirror gap needs both sides' records)");
        }
        return new Flows(od, hd, oh, hx, List.copyOf(missing));
    }

    /** An importer's record, else the exporter's record of the same trade. */
    private Read importsOrMirror(String name, CountryCode importer, CountryCode exporter, ScreenRequest r, List<String> missing) {
        Read read = read(name, importer, exporter, Flow.IMPORT, false, r);
        if (read == null) {
            read = read(name, exporter, importer, Flow.EXPORT, true, r);
        }
        if (read == null) {
            missing.add("no statistics of " + importer.value() + "'s imports from " + exporter.value() + ", nor of " + exporter.value()
                    + "'s exports to " + importer.value() + ": import Comtrade for reporter " + importer.value());
        }
        return read;
    }

    private Read read(String name, CountryCode reporter, CountryCode partner, Flow flow, boolean mirrored, ScreenRequest r) {
        ProductFlows.YearsByProduct data = flows.yearsByProduct(reporter, partner, flow, r.level(), r.fromYear(), r.toYear());
        return data.isEmpty() ? null : new Read(name, reporter, partner, flow, mirrored, data);
    }
}
