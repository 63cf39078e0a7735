package org.bilateral.risk;

/** The signals of rerouting the screen measures, each on its own. */
public enum SignalKind {
    /** After the event, the destination's imports from the origin fall as those from the hub rise: the fall in the origin's share. */
    DIVERSION("diversion", "fall in the origin's share"),
    /** The hub's imports from the origin rise with its exports to the destination: the share of that rise they cover. */
    PASS_THROUGH("pass-through", "share of the hub's rise covered"),
    /** The destination records more imports from the hub than the hub records exports, beyond the CIF/FOB margin. */
    MIRROR_GAP("mirror gap", "excess over the hub's record"),
    /** The hub's exports of the product grow far beyond its exports of everything and the product's imports from both. */
    SURGE("surge", "excess growth (log points)");

    private final String label;
    private final String unit;

    SignalKind(String label, String unit) {
        this.label = label;
        this.unit = unit;
    }

    public String label() {
        return label;
    }

    public String unit() {
        return unit;
    }
}
