package org.bilateral.risk;

/** The signals of rerouting the screen measures, each on its own. */
public enum SignalKind {
    /** After the event, the origin's share of the destination's imports (origin and hub together) falls as the hub's rise. */
    DIVERSION("diversion", "fall in the origin's share"),
    /** The hub's imports from the origin could carry its exports to the destination: min(O→H, H→D) as a share of H→D. */
    PASS_THROUGH("pass-through", "rerouting bound, share of H→D"),
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
