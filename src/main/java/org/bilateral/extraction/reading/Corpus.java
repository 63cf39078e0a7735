package org.bilateral.extraction.reading;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.bilateral.shared.InputProblem;
import org.bilateral.shared.InvalidInput;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a corpus folder in the contract of {@code ../shared/corpus}: {@code docs/*.txt} with {@code gold/*.json} beside
 * them (and {@code SOURCES.tsv} naming each document's publisher), or a folder of texts whose gold lies in
 * {@code ../gold} (the corpus's {@code seeds/}). A document without gold is not part of it.
 */
public final class Corpus {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Corpus() {
    }

    public static List<CorpusDocument> read(Path folder) {
        Path docs = Files.isDirectory(folder.resolve("docs")) ? folder.resolve("docs") : folder;
        Path gold = Files.isDirectory(folder.resolve("gold")) ? folder.resolve("gold") : folder.resolveSibling("gold");
        if (!Files.isDirectory(gold)) {
            throw new InvalidInput(new InputProblem(folder.toString(), null, null,
                    "holds no gold: neither " + folder.resolve("gold") + " nor " + folder.resolveSibling("gold") + " is a folder"));
        }
        String folderName = folder.toAbsolutePath().normalize().getFileName().toString();
        Map<String, String> publishers = publishers(folder.resolve("SOURCES.tsv"));
        List<CorpusDocument> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(docs)) {
            for (Path text : files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList()) {
                String name = text.getFileName().toString();
                Path goldFile = gold.resolve(name.substring(0, name.length() - 4) + ".json");
                if (!Files.exists(goldFile)) {
                    continue;
                }
                refuseLarger(text, MOST_TEXT_BYTES);
                refuseLarger(goldFile, MOST_GOLD_BYTES);
                out.add(new CorpusDocument(folderName, name, publishers.getOrDefault(name, folderName),
                        Files.readString(text, StandardCharsets.UTF_8), gold(goldFile)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The longest press release the reader reads, at four bytes a character: a larger file is none, and is not read. */
    private static final long MOST_TEXT_BYTES = 4L * PressReleaseReader.LONGEST;
    /** A gold file a hundred times the corpus's largest (about 5 KB); a larger one is not read into memory. */
    private static final long MOST_GOLD_BYTES = 1_000_000;

    private static void refuseLarger(Path file, long most) throws IOException {
        long size = Files.size(file);
        if (size > most) {
            throw new InvalidInput(new InputProblem(file.toString(), null, null,
                    String.format(java.util.Locale.ROOT, "is %,d bytes; a corpus file is read up to %,d", size, most)));
        }
    }

    private static Map<String, String> publishers(Path sources) {
        Map<String, String> out = new HashMap<>();
        if (!Files.exists(sources)) {
            return out;
        }
        try {
            List<String> lines = Files.readAllLines(sources, StandardCharsets.UTF_8);
            for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
                String[] cells = line.split("\t", -1);
                if (cells.length >= 2 && !cells[0].isBlank()) {
                    out.put(cells[0].strip(), cells[1].strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static GoldDocument gold(Path file) {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (tools.jackson.core.JacksonException e) {
            // the line and column and what was wrong there, never the parser's own account of its source
            String at = e.getLocation() != null && e.getLocation().getLineNr() > 0
                    ? "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() : null;
            throw new InvalidInput(new InputProblem(file.toString(), at, null, "is not JSON: " + e.getOriginalMessage()));
        }
        List<GoldDocument.Event> events = new ArrayList<>();
        for (JsonNode e : root.path("events")) {
            List<List<String>> participants = new ArrayList<>();
            for (JsonNode p : e.path("participants")) {
                participants.add(strings(p));
            }
            events.add(new GoldDocument.Event(e.path("kind").isString() ? e.path("kind").asString() : null, strings(e.path("dates")),
                    strings(e.path("place")), e.path("round").isNumber() ? e.path("round").asInt() : null, participants));
        }
        List<GoldDocument.Person> people = new ArrayList<>();
        for (JsonNode p : root.path("people")) {
            people.add(new GoldDocument.Person(strings(p.path("names")), text(p.path("country")), text(p.path("title"))));
        }
        List<GoldDocument.Commitment> commitments = new ArrayList<>();
        for (JsonNode c : root.path("commitments")) {
            commitments.add(new GoldDocument.Commitment(strings(c.path("buyer")), strings(c.path("seller")),
                    c.path("quantity").isNumber() ? c.path("quantity").asLong() : null,
                    c.path("value_usd").isNumber() ? c.path("value_usd").asDouble() : null));
        }
        List<Integer> rounds = new ArrayList<>();
        for (JsonNode r : root.path("rounds")) {
            rounds.add(r.asInt());
        }
        return new GoldDocument(root.path("document").asString(), strings(root.path("published")), rounds, events, people,
                commitments, strings(root.path("issues")));
    }

    /** A JSON string, or a list of them; a null among them is kept as "" (the gold's "none given"). */
    private static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node.isArray()) {
            for (JsonNode n : node) {
                out.add(n.isNull() ? "" : n.asString());
            }
        } else if (node.isString()) {
            out.add(node.asString());
        }
        return out;
    }

    private static String text(JsonNode node) {
        return node.isString() ? node.asString() : "";
    }
}
