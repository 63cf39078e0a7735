package org.bilateral.worldjob.screen;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The older editions' subheadings the workbench's import carries to another HS 2022 number (reference/HsRevisions:
 * RENUMBERED), as CARRIES.csv lists them ({@code classification,code,hs2022}; H4 rows are HS 2012's codes, H5 rows HS
 * 2017's): the world screen counts an HS6 row of such a code under its HS 2022 number, as the workbench stores it, so
 * that the two screens read one route alike. Split and unknown codes are not listed and stay as reported, as there;
 * chapters, headings and totals are never carried (the tables correlate subheadings).
 */
public record Carries(List<Carry> carries) {

    /** No file given: every code is read as reported. */
    public static final Carries NONE = new Carries(List.of());

    /** One code of an edition, and the HS 2022 subheading its trade is counted under. */
    public record Carry(String classification, String code, String hs2022) {
    }

    public Carries {
        carries = List.copyOf(carries);
    }

    /**
     * Reads CARRIES.csv; refuses a file it cannot read whole, naming the line and the field: a classification other
     * than H4 or H5 (H0–H3 have no correlation table in the workbench, H6 is HS 2022 itself), a code or target that is
     * not six digits, a code carried to itself, or a code listed twice.
     */
    public static Carries read(String path) throws IOException {
        List<Carry> carries = new ArrayList<>();
        Map<String, Integer> lineOf = new HashMap<>();
        InputCsv.read(path, "classification,code,hs2022", "carries file (the subheadings the workbench carries to HS 2022)", (line, f, problems) -> {
            String classification = f[0];
            String code = f[1];
            String hs2022 = f[2];
            if (!classification.equals("H4") && !classification.equals("H5")) {
                problems.add(line, "classification", "\"" + classification
                        + "\" is not carried (H4, HS 2012, and H5, HS 2017, are; the workbench keeps H0–H3 as reported and H6 is HS 2022)");
            } else if (!code.matches("\\d{6}")) {
                problems.add(line, "code", "\"" + code + "\" is not a subheading (six digits)");
            } else if (!hs2022.matches("\\d{6}")) {
                problems.add(line, "hs2022", "\"" + hs2022 + "\" is not a subheading (six digits)");
            } else if (hs2022.equals(code)) {
                problems.add(line, "hs2022", code + " is carried to itself (only renumbered codes are listed)");
            } else {
                Integer earlier = lineOf.putIfAbsent(classification + code, line);
                if (earlier != null) {
                    problems.add(line, "code", classification + " " + code + " is listed already on line " + earlier);
                } else {
                    carries.add(new Carry(classification, code, hs2022));
                }
            }
        });
        return new Carries(carries);
    }
}
