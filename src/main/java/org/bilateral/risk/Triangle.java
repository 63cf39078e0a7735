package org.bilateral.risk;

import org.bilateral.shared.CountryCode;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.Said;

/** The three countries of a rerouting: goods of the origin reach the destination through the hub. */
public record Triangle(CountryCode origin, CountryCode hub, CountryCode destination) {

    /** China, Vietnam and the United States: the first users' case. */
    public static final Triangle DEFAULT = new Triangle(CountryCode.of("CN"), CountryCode.of("VN"), CountryCode.of("US"));

    public Triangle {
        if (origin == null || hub == null || destination == null) {
            throw new InvalidInput(Said.of("refusal.where.screen"), Said.of("refusal.risk.nameTriangle"));
        }
        if (origin.equals(hub) || hub.equals(destination) || origin.equals(destination)) {
            throw new InvalidInput(Said.of("refusal.where.screen"), Said.of("refusal.risk.threeDifferent", origin.value(), hub.value(), destination.value()));
        }
    }

    @Override
    public String toString() {
        return origin.value() + " → " + hub.value() + " → " + destination.value();
    }
}
