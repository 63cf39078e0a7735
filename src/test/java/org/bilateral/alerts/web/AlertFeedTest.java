package org.bilateral.alerts.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.bilateral.alerts.AlertEvaluation;
import org.bilateral.alerts.AlertFeeds;
import org.bilateral.alerts.AlertRules;
import org.bilateral.alerts.AlertsTest;
import org.bilateral.alerts.NewRule;
import org.bilateral.alerts.Notification;
import org.bilateral.alerts.Notifications;
import org.bilateral.shared.Changes;
import org.bilateral.shared.Changes.Kind;
import org.bilateral.shared.Said;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The user's notifications as an Atom 1.0 feed, read back with the JDK's XML parser as a feed reader would: its id,
 * title and updated, each entry's tag: id, title, updated, absolute link and summary; and no feed without a live token.
 */
@AlertsTest
class AlertFeedTest {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    @Autowired MockMvc mvc;
    @Autowired AlertEvaluation evaluation;
    @Autowired AlertRules rules;
    @Autowired AlertFeeds feeds;
    @Autowired Notifications notifications;
    @Autowired AlertsTest.StatedChanges changes;

    @BeforeEach
    void noChangesYet() {
        changes.clear();
    }

    private MockHttpServletResponse feed(String query) throws Exception {
        return mvc.perform(get("/alerts.atom" + query)).andReturn().getResponse();
    }

    @Test
    void theFeedIsValidAtomWithTagIdsAbsoluteLinksAndTimes() throws Exception {
        rules.create("feed-hoa", new NewRule("Remedies <AD> & CVD", Set.of(Kind.TRADE_REMEDY), "vietnam", null, null, false));
        changes.add(new Changes.Change(Kind.TRADE_REMEDY, Instant.now(), Said.asWritten("Nails from Vietnam: order"),
                "/policy/remedies/feed-1", null, null, "Nails from Vietnam", true));
        changes.add(new Changes.Change(Kind.TRADE_REMEDY, Instant.now(), Said.asWritten("Shrimp from Vietnam: review"),
                "/policy/remedies/feed-2", null, null, "Shrimp from Vietnam", false));
        evaluation.evaluate();
        notifications.address("feed-hoa", null, "en");
        String token = feeds.newToken("feed-hoa");

        MockHttpServletResponse response = feed("?token=" + token);
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("application/atom+xml");

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        Document atom = factory.newDocumentBuilder().parse(new ByteArrayInputStream(response.getContentAsByteArray()));
        Element root = atom.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(ATOM);
        assertThat(root.getLocalName()).isEqualTo("feed");
        assertThat(text(root, "id")).isEqualTo("tag:bilateral.example.vn,2026:alerts/feed/feed-hoa");
        assertThat(text(root, "title")).isEqualTo("Bilateral alerts of feed-hoa");
        assertThat(child(root, "author").getElementsByTagNameNS(ATOM, "name").item(0).getTextContent()).isEqualTo("Bilateral");

        List<Element> entries = children(root, "entry");
        List<Notification> held = notifications.of("feed-hoa");
        assertThat(entries).hasSize(2);
        Instant newest = Instant.EPOCH;
        for (int i = 0; i < entries.size(); i++) {
            Element entry = entries.get(i);
            Notification n = held.get(i);
            assertThat(text(entry, "id")).isEqualTo("tag:bilateral.example.vn,2026:alerts/notification/" + n.id());
            assertThat(text(entry, "title")).isEqualTo(n.lineEn());
            // RFC 3339, to the second, in UTC
            Instant updated = OffsetDateTime.parse(text(entry, "updated")).toInstant();
            assertThat(text(entry, "updated")).endsWith("Z").hasSize(20);
            assertThat(updated).isEqualTo(n.createdAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
            newest = updated.isAfter(newest) ? updated : newest;
            Element link = child(entry, "link");
            assertThat(link.getAttribute("href")).isEqualTo(AlertsTest.PUBLIC_URL + n.href());
            assertThat(link.getAttribute("rel")).isEqualTo("alternate");
            assertThat(text(entry, "summary")).startsWith("Rule \"Remedies <AD> & CVD\": " + n.lineEn());
        }
        assertThat(entries).extracting(e -> child(e, "link").getAttribute("href")).containsExactlyInAnyOrder(
                AlertsTest.PUBLIC_URL + "/policy/remedies/feed-1", AlertsTest.PUBLIC_URL + "/policy/remedies/feed-2");
        // the synthetic one says so
        assertThat(entries).extracting(e -> text(e, "summary")).anyMatch(s -> s.endsWith("(synthetic demonstration data)"));
        // the feed was updated when its newest entry was
        assertThat(OffsetDateTime.parse(text(root, "updated")).toInstant()).isEqualTo(newest);
        assertThat(child(root, "link").getAttribute("href")).isEqualTo(AlertsTest.PUBLIC_URL + "/alerts");
    }

    @Test
    void theFeedIsInTheRecipientsLanguage() throws Exception {
        notifications.address("feed-vi", null, "vi");
        String token = feeds.newToken("feed-vi");
        String xml = feed("?token=" + token).getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(xml).contains("Cảnh báo Bilateral của feed-vi", "xml:lang=\"vi\"");
    }

    @Test
    void noFeedWithoutATokenWithAWrongOneOrARevokedOne() throws Exception {
        String token = feeds.newToken("feed-khanh");
        assertThat(feed("?token=" + token).getStatus()).isEqualTo(200);
        assertThat(feed("").getStatus()).isEqualTo(404);
        assertThat(feed("?token=blf_not-a-token").getStatus()).isEqualTo(404);
        // revoked on the page, as its owner does it
        mvc.perform(post("/alerts/feed/revoke").with(user("feed-khanh").roles("ANALYST")).with(csrf()));
        assertThat(feeds.owner(token)).isEmpty();
        assertThat(feed("?token=" + token).getStatus()).isEqualTo(404);
        // a new token replaces the old one
        String first = feeds.newToken("feed-khanh");
        String second = feeds.newToken("feed-khanh");
        assertThat(feed("?token=" + first).getStatus()).isEqualTo(404);
        assertThat(feed("?token=" + second).getStatus()).isEqualTo(200);
        // an API token is not a feed token
        assertThat(feed("?token=blt_" + second.substring(4)).getStatus()).isEqualTo(404);
    }

    private static String text(Element parent, String name) {
        return child(parent, name).getTextContent();
    }

    private static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        assertThat(found).as(name + " in " + parent.getLocalName()).isNotEmpty();
        return found.get(0);
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && ATOM.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }
}
