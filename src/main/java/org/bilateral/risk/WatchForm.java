package org.bilateral.risk;

import java.util.Locale;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.InvalidInput;

/** A product to watch as the product page's form and the API's JSON give it; the triangle defaults as the screen's does. */
record WatchForm(String origin, String hub, String destination, String code, String note, String ask) {

    Triangle triangle() {
        return new Triangle(country(origin, "origin", Triangle.DEFAULT.origin()), country(hub, "hub", Triangle.DEFAULT.hub()),
                country(destination, "destination", Triangle.DEFAULT.destination()));
    }

    WatchList.Watch command() {
        return new WatchList.Watch(triangle(), RiskForms.product(code), note, ask);
    }

    private static CountryCode country(String text, String name, CountryCode otherwise) {
        try {
            return text == null || text.isBlank() ? otherwise : CountryCode.of(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(name, e.getMessage());
        }
    }
}
