package org.bilateral.risk;

/** The signals of rerouting the screen measures, each on its own. */
public enum SignalKind {
    /** After the event, the destination's imports from the origin fall as those from the hub rise: the fall in the origin's share. */
    DIVERSION("diversion", "fall in the origin's share"),
    /** The hub's imports from the origin rise with its exports to the destination: the share of that rise they cover. */
    PASS_THROUGH("pass-through", "share of the hub's rise covered"),
    /** The destination records more imports from the hub than the hub records exports, beyond the CIF/FOB margin. */
    MIRROR_GAP("mirror gap", "excess over the hub's record"),
    /**
     * The hub sells the destination no dearer than it buys from the origin: the origin's unit value over the hub's, and with
     * an event its rise from before to after.
     */
    UNIT_VALUE("unit values", "rise in the origin's unit value over the hub's"),
    /** The hub's exports of the product grow far beyond its exports of everything and the destination's imports of it. */
    SURGE("surge", "excess growth (log points)"),
    /**
     * Freund et al. (2025): the origin's sales to the destination fall, its sales to the hub and the hub's to the destination
     * rise, the origin gains in the rest of the world more than the hub, and the hub's imports from the origin reach 75% of
     * its exports to the destination: the hub's excess growth as a share of its exports, where all four hold.
     */
    FREUND("Freund test", "excess growth, share of the hub's exports");

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
