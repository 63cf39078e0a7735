package org.bilateral.extraction.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FurnitureTest {

    @Test
    void theEndMarkEndsTheReleaseAndWhatFollowsIsLeftOut() {
        assertThat(Furniture.lines(List.of("The ministers met today.", "###", "Ambassador Smith is the contact for media.")))
                .containsExactly("The ministers met today.");
        assertThat(Furniture.lines(List.of("The ministers met today.", "-30-", "Minister Doe, press office"))).hasSize(1);
    }

    @Test
    void releaseNoticesAndSubscriptionFootersAreNotText() {
        assertThat(Furniture.lines(List.of("FOR IMMEDIATE RELEASE", "Breadcrumb", "Press Release Shim", "The ministers met today.",
                "You are subscribed to Collected Releases for U.S. Department of State.", "Privacy Policy | Manage Subscriptions | Help")))
                .containsExactly("The ministers met today.");
    }
}
