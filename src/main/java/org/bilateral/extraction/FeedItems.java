package org.bilateral.extraction;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.Said;
import org.bilateral.sources.Fetcher;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The items a feed lists: an RSS 2.0 channel's items, an Atom feed's entries, or a listing page's links that the feed's
 * pattern picks out. XML is parsed by the JDK with document type declarations refused outright, so no entity, external
 * or internal, is ever expanded (an XXE attempt or a "billion laughs" is refused as data, not tried again); an answer
 * that is not whole XML, or not the kind of feed configured, is {@link Fetcher.Malformed}, which the fetcher tries again
 * and then reports.
 */
final class FeedItems {

    /** One item: its title as the feed gives it, its link made absolute, and its guid or Atom id when it has one. */
    record Item(String title, URI link, @Nullable String guid) {
    }

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final Pattern DOCTYPE = Pattern.compile("(?i)<!DOCTYPE");
    private static final Pattern ANCHOR = Pattern.compile("(?is)<a\\b[^>]*?\\bhref\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')[^>]*>(.*?)</a\\s*>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern END_OF_PAGE = Pattern.compile("(?i)</html\\s*>");

    private FeedItems() {
    }

    static List<Item> read(PressFeed feed, Fetcher.Answer answer) {
        return switch (feed.kind()) {
            case RSS -> rss(xml(feed, answer), answer.address(), feed);
            case ATOM -> atom(xml(feed, answer), answer.address(), feed);
            case LISTING -> listing(feed, answer);
        };
    }

    private static Document xml(PressFeed feed, Fetcher.Answer answer) {
        String head = new String(answer.body(), 0, Math.min(answer.body().length, 4096), java.nio.charset.StandardCharsets.ISO_8859_1);
        if (DOCTYPE.matcher(head).find()) {
            // no feed needs one; entities are how XXE and entity expansion attacks come in
            throw new InvalidInput(feed.name(), Said.of("refusal.extraction.feedDoctype"));
        }
        try {
            DocumentBuilder builder = factory().newDocumentBuilder();
            builder.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                }

                @Override
                public void error(SAXParseException e) throws SAXException {
                    throw e;
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            return builder.parse(new InputSource(new ByteArrayInputStream(answer.body())));
        } catch (SAXParseException e) {
            if (String.valueOf(e.getMessage()).contains("DOCTYPE")) {
                throw new InvalidInput(feed.name(), Said.of("refusal.extraction.feedDoctype"));
            }
            throw new Fetcher.Malformed(Said.of("refusal.extraction.feedMalformed", e.getLineNumber(), String.valueOf(e.getMessage())));
        } catch (SAXException | IOException e) {
            throw new Fetcher.Malformed(Said.of("refusal.extraction.feedMalformed", 0, String.valueOf(e.getMessage())));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    static DocumentBuilderFactory factory() throws ParserConfigurationException {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        return f;
    }

    private static List<Item> rss(Document doc, URI base, PressFeed feed) {
        Element root = doc.getDocumentElement();
        if (!root.getLocalName().equals("rss")) {
            throw new Fetcher.Malformed(Said.of("refusal.extraction.feedNotKind", "RSS", root.getLocalName()));
        }
        List<Item> items = new ArrayList<>();
        NodeList list = root.getElementsByTagName("item");
        for (int i = 0; i < list.getLength(); i++) {
            Element item = (Element) list.item(i);
            String link = child(item, null, "link");
            String guid = child(item, null, "guid");
            // a guid that is a permalink is the item's address when it gives no link
            String address = link != null ? link : guid;
            if (address == null) {
                throw new Fetcher.Malformed(Said.of("refusal.extraction.feedItemWithoutLink", i + 1));
            }
            items.add(new Item(title(child(item, null, "title"), address), resolve(base, address, feed, i), guid));
        }
        return items;
    }

    private static List<Item> atom(Document doc, URI base, PressFeed feed) {
        Element root = doc.getDocumentElement();
        if (!root.getLocalName().equals("feed") || !ATOM.equals(root.getNamespaceURI())) {
            throw new Fetcher.Malformed(Said.of("refusal.extraction.feedNotKind", "Atom", root.getLocalName()));
        }
        List<Item> items = new ArrayList<>();
        NodeList list = root.getElementsByTagNameNS(ATOM, "entry");
        for (int i = 0; i < list.getLength(); i++) {
            Element entry = (Element) list.item(i);
            String link = null;
            NodeList links = entry.getElementsByTagNameNS(ATOM, "link");
            for (int j = 0; j < links.getLength(); j++) {
                Element l = (Element) links.item(j);
                String rel = l.getAttribute("rel");
                // the entry's own page: rel="alternate", which is also what a link without rel means
                if ((rel.isEmpty() || rel.equals("alternate")) && !l.getAttribute("href").isBlank()) {
                    link = l.getAttribute("href");
                    break;
                }
            }
            if (link == null) {
                throw new Fetcher.Malformed(Said.of("refusal.extraction.feedItemWithoutLink", i + 1));
            }
            items.add(new Item(title(atomTitle(entry), link), resolve(base, link, feed, i), child(entry, ATOM, "id")));
        }
        return items;
    }

    /** An Atom title, whose {@code type="html"} carries escaped markup: the words, not the tags. */
    private static @Nullable String atomTitle(Element entry) {
        String title = child(entry, ATOM, "title");
        NodeList titles = entry.getElementsByTagNameNS(ATOM, "title");
        if (title != null && titles.getLength() > 0 && ((Element) titles.item(0)).getAttribute("type").equals("html")) {
            return entities(TAG.matcher(title).replaceAll(""));
        }
        return title;
    }

    private static @Nullable String child(Element parent, @Nullable String namespace, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getLocalName().equals(name)
                    && (namespace == null ? e.getNamespaceURI() == null : namespace.equals(e.getNamespaceURI()))) {
                String text = e.getTextContent().strip();
                return text.isEmpty() ? null : text;
            }
        }
        return null;
    }

    private static List<Item> listing(PressFeed feed, Fetcher.Answer answer) {
        String html = answer.text();
        if (!END_OF_PAGE.matcher(html).find()) {
            throw new Fetcher.Malformed(Said.of("refusal.extraction.pageCutShort"));
        }
        Pattern wanted = feed.links();
        Map<URI, String> found = new LinkedHashMap<>();
        Matcher m = ANCHOR.matcher(html);
        while (m.find()) {
            String href = entities(m.group(1) != null ? m.group(1) : String.valueOf(m.group(2))).strip();
            URI link;
            try {
                link = answer.address().resolve(href.replace(" ", "%20"));
            } catch (IllegalArgumentException notALink) {
                continue; // a listing page's other anchors (javascript:, malformed) are not articles
            }
            if (wanted == null || !wanted.matcher(link.toString()).find()) {
                continue;
            }
            String title = entities(TAG.matcher(m.group(3)).replaceAll(" ")).replaceAll("\\s+", " ").strip();
            // a listing links each article twice or more (its picture, its headline): the first words found name it
            if (!found.containsKey(link) || found.get(link).isEmpty()) {
                found.put(link, title);
            }
        }
        List<Item> items = new ArrayList<>();
        found.forEach((link, title) -> items.add(new Item(title(title, link.toString()), link, null)));
        return items;
    }

    private static URI resolve(URI base, String link, PressFeed feed, int index) {
        try {
            URI resolved = base.resolve(link.strip());
            String scheme = resolved.getScheme() == null ? "" : resolved.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                throw new Fetcher.Malformed(Said.of("refusal.extraction.feedItemLink", index + 1, link));
            }
            return resolved;
        } catch (IllegalArgumentException e) {
            throw new Fetcher.Malformed(Said.of("refusal.extraction.feedItemLink", index + 1, link));
        }
    }

    /** An item's title, one line; its link when it has none (a release's name is never empty). */
    private static String title(@Nullable String title, String link) {
        String t = title == null ? "" : title.replaceAll("\\s+", " ").strip();
        return t.isEmpty() ? link : t;
    }

    private static final Pattern NUMERIC = Pattern.compile("&#(x[0-9a-fA-F]{1,6}|[0-9]{1,7});");

    /** The entities a listing's links and headlines carry: Vietnamese pages often write their letters as numbers. */
    private static String entities(String text) {
        Matcher m = NUMERIC.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String n = m.group(1);
            int code = n.startsWith("x") ? Integer.parseInt(n.substring(1), 16) : Integer.parseInt(n);
            m.appendReplacement(out, Matcher.quoteReplacement(Character.isValidCodePoint(code) ? new String(Character.toChars(code)) : m.group()));
        }
        m.appendTail(out);
        return out.toString().replace("&quot;", "\"").replace("&apos;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&nbsp;", " ").replace("&amp;", "&");
    }
}
