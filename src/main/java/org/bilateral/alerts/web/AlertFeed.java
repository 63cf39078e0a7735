package org.bilateral.alerts.web;

import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.bilateral.alerts.AlertFeeds;
import org.bilateral.alerts.Notification;
import org.bilateral.alerts.Notifications;
import org.bilateral.alerts.PublicAddress;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A user's notifications as an Atom 1.0 feed (RFC 4287), for any feed reader or mail gateway: reached with the user's
 * feed token in its address, in the user's alerts language. Without a live token it answers 404, as for a feed that does
 * not exist: a reader with a revoked address learns nothing more.
 */
@Controller
class AlertFeed {

    static final String ATOM = "http://www.w3.org/2005/Atom";
    /**
     * The date of the tag: URIs (RFC 4151): the year this workbench began minting them. It never changes, so an entry's
     * id stays the same whenever the feed is read.
     */
    static final String TAG_DATE = "2026";

    private final AlertFeeds feeds;
    private final Notifications notifications;
    private final PublicAddress publicAddress;
    private final MessageSource messages;

    AlertFeed(AlertFeeds feeds, Notifications notifications, PublicAddress publicAddress, MessageSource messages) {
        this.feeds = feeds;
        this.notifications = notifications;
        this.publicAddress = publicAddress;
        this.messages = messages;
    }

    @GetMapping("/alerts.atom")
    ResponseEntity<String> feed(@RequestParam(required = false) @Nullable String token) throws XMLStreamException {
        var owner = feeds.owner(token);
        if (owner.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN)
                    .body(messages.getMessage("alerts.feedUnknown", null, Locale.ENGLISH));
        }
        String user = owner.get();
        Locale language = Locale.forLanguageTag(notifications.recipient(user).language());
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/atom+xml;charset=UTF-8"))
                .header("Cache-Control", "no-store")
                .body(atom(user, notifications.of(user), language));
    }

    private String atom(String user, List<Notification> entries, Locale language) throws XMLStreamException {
        StringWriter text = new StringWriter();
        XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(text);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.setDefaultNamespace(ATOM);
        xml.writeStartElement(ATOM, "feed");
        xml.writeDefaultNamespace(ATOM);
        xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", language.getLanguage());
        element(xml, "id", tag("feed/" + java.net.URLEncoder.encode(user, java.nio.charset.StandardCharsets.UTF_8)));
        element(xml, "title", messages.getMessage("alerts.feedTitle", new Object[] {user}, language));
        Instant updated = entries.stream().map(Notification::createdAt).max(Instant::compareTo).orElse(Instant.EPOCH);
        element(xml, "updated", time(updated));
        link(xml, "alternate", publicAddress.of("/alerts"), "text/html");
        xml.writeStartElement(ATOM, "author");
        element(xml, "name", "Bilateral");
        xml.writeEndElement();
        for (Notification n : entries) {
            xml.writeStartElement(ATOM, "entry");
            element(xml, "id", tag("notification/" + n.id()));
            element(xml, "title", n.line(language));
            element(xml, "updated", time(n.createdAt()));
            link(xml, "alternate", publicAddress.of(n.href()), "text/html");
            String summary = messages.getMessage("alerts.feedSummary", new Object[] {n.ruleName(), n.line(language)}, language)
                    + (n.synthetic() ? " " + messages.getMessage("alerts.synthetic", null, language) : "");
            element(xml, "summary", summary);
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return text.toString();
    }

    /** A tag: URI (RFC 4151) under the host the workbench is reached at. */
    private String tag(String specific) {
        return "tag:" + publicAddress.host() + "," + TAG_DATE + ":alerts/" + specific;
    }

    /** An RFC 3339 moment, to the second, in UTC. */
    private static String time(Instant at) {
        return DateTimeFormatter.ISO_INSTANT.format(at.truncatedTo(ChronoUnit.SECONDS));
    }

    private static void element(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(ATOM, name);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement(ATOM, "link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
        xml.writeAttribute("type", type);
    }
}
