package org.bilateral.risk;

/** A product to watch as the product page's form and the API's JSON give it; the triangle defaults as the screen's does. */
record WatchForm(String origin, String hub, String destination, String code, String note, String ask) {

    Triangle triangle() {
        return RiskForms.triangle(origin, hub, destination);
    }

    WatchList.Watch command() {
        return new WatchList.Watch(triangle(), RiskForms.product(code), note, ask);
    }

}
