package org.bilateral.briefs.render;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.bilateral.briefs.Brief;
import org.jspecify.annotations.Nullable;

/**
 * The balance's months as an SVG line chart, a vector image for the PDF and the page alike: the reporter's exports to
 * the partner and its imports from it, on one axis in billions (or millions) of dollars, labels in the brief's language.
 */
public final class BriefChart {

    static final int WIDTH = 640;
    static final int HEIGHT = 240;
    private static final int LEFT = 56;
    private static final int RIGHT = 16;
    private static final int TOP = 28;
    private static final int BOTTOM = 34;

    private BriefChart() {
    }

    /** The chart, or empty text when the brief has no months. */
    public static String svg(Brief.@Nullable Balance b, BriefWords w) {
        if (b == null || b.months() == null || b.months().size() < 2) {
            return "";
        }
        List<Brief.Month> months = b.months();
        double max = 0;
        for (Brief.Month m : months) {
            max = Math.max(max, Math.max(value(m.exports()), value(m.imports())));
        }
        boolean billions = max >= 2e9;
        double unit = billions ? 1e9 : 1e6;
        double top = niceCeiling(max / unit);
        double plotW = WIDTH - LEFT - RIGHT;
        double plotH = HEIGHT - TOP - BOTTOM;
        StringBuilder s = new StringBuilder();
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
                .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT).append("\" font-family=\"DejaVu Sans, sans-serif\" font-size=\"10\">");
        String axisUnit = w.locale().getLanguage().equals("vi") ? (billions ? "tỷ USD" : "triệu USD") : (billions ? "USD bn" : "USD m");
        s.append(text(LEFT, 14, axisUnit, "start", "#444"));
        grid(s, top, plotH, w.locale());
        double step = plotW / (months.size() - 1);
        years(s, months, step, plotH, w);
        s.append(line(months, true, top, unit, step, plotH, "#1f4e79"));
        s.append(line(months, false, top, unit, step, plotH, "#c55a11"));
        s.append("<rect x=\"").append(WIDTH - 220).append("\" y=\"6\" width=\"10\" height=\"3\" fill=\"#1f4e79\"/>");
        s.append(text(WIDTH - 206, 11, w.t("brief.balance.chartExports"), "start", "#1f4e79"));
        s.append("<rect x=\"").append(WIDTH - 120).append("\" y=\"6\" width=\"10\" height=\"3\" fill=\"#c55a11\"/>");
        s.append(text(WIDTH - 106, 11, w.t("brief.balance.chartImports"), "start", "#c55a11"));
        s.append("</svg>");
        return s.toString();
    }

    /** The value axis: five lines from nothing to the top, each labelled. */
    private static void grid(StringBuilder s, double top, double plotH, Locale locale) {
        for (int i = 0; i <= 4; i++) {
            double v = top * i / 4;
            double y = TOP + plotH - plotH * i / 4;
            s.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(f(y)).append("\" x2=\"").append(WIDTH - RIGHT)
                    .append("\" y2=\"").append(f(y)).append("\" stroke=\"#ddd\" stroke-width=\"0.6\"/>");
            s.append(text(LEFT - 6, y + 3, number(v, locale), "end", "#444"));
        }
    }

    /** The month axis: the first month and each January, labelled, with a faint line up. */
    private static void years(StringBuilder s, List<Brief.Month> months, double step, double plotH, BriefWords w) {
        for (int i = 0; i < months.size(); i++) {
            if (months.get(i).month().getMonthValue() == 1 || i == 0) {
                double x = LEFT + step * i;
                s.append(text(x, HEIGHT - BOTTOM + 14, w.month(months.get(i).month()), "start", "#444"));
                s.append("<line x1=\"").append(f(x)).append("\" y1=\"").append(TOP).append("\" x2=\"").append(f(x)).append("\" y2=\"")
                        .append(f(TOP + plotH)).append("\" stroke=\"#eee\" stroke-width=\"0.6\"/>");
            }
        }
    }

    private static String line(List<Brief.Month> months, boolean exports, double top, double unit, double step, double plotH,
                               String colour) {
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < months.size(); i++) {
            double v = value(exports ? months.get(i).exports() : months.get(i).imports()) / unit;
            points.append(f(LEFT + step * i)).append(',').append(f(TOP + plotH - plotH * v / top)).append(' ');
        }
        return "<polyline fill=\"none\" stroke=\"" + colour + "\" stroke-width=\"1.8\" points=\"" + points.toString().trim() + "\"/>";
    }

    private static String text(double x, double y, String content, String anchor, String colour) {
        return "<text x=\"" + f(x) + "\" y=\"" + f(y) + "\" text-anchor=\"" + anchor + "\" fill=\"" + colour + "\">" + escape(content) + "</text>";
    }

    private static double value(@Nullable BigDecimal v) {
        return v == null ? 0 : v.doubleValue();
    }

    /** The axis's top: 1, 2, 2.5 or 5 times a power of ten at or above the largest value. */
    static double niceCeiling(double max) {
        if (max <= 0) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(max)));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * power >= max) {
                return m * power;
            }
        }
        return 10 * power;
    }

    private static String number(double v, Locale locale) {
        String text = v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.1f", v);
        return locale.getLanguage().equals("vi") ? text.replace('.', ',') : text;
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
