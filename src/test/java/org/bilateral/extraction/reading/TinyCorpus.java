package org.bilateral.extraction.reading;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A corpus of six short releases the project wrote, in two folders ({@code north}, {@code south}) of the corpus contract,
 * from three publishers, each written two ways in {@code SOURCES.tsv} as the real corpus writes them: the Ministry of
 * Trade of Atlantis (a1, a2), the Borealis News Agency (b1, b2) and the Caspian Herald (c1, c2).
 */
public final class TinyCorpus {

    private TinyCorpus() {
    }

    /** Writes the two folders under {@code root}; returns {@code root}. */
    public static Path write(Path root) {
        folder(root.resolve("north"), """
                file\tpublisher\tsource
                a1.txt\tMinistry of Trade of Atlantis (republished by Wire Exchange)\thttps://example.org/a1
                b1.txt\tBorealis News Agency (BNA), English service\thttps://example.org/b1
                c1.txt\tCaspian Herald\thttps://example.org/c1
                """);
        folder(root.resolve("south"), """
                file\tpublisher\tsource
                a2.txt\tMinistry of Trade of Atlantis readout\thttps://example.org/a2
                b2.txt\tBorealis News Agency; relayed by Mirror Daily\thttps://example.org/b2
                c2.txt\tCaspian Herald, business section\thttps://example.org/c2
                """);
        document(root.resolve("north"), "a1", """
                ATLANTIS, March 4, 2025 - Minister of Trade Aldo Benz met Secretary of Commerce Carla Dunn in Atlantis City on March 4, 2025.
                The two discussed tariffs on steel.
                """, "2025-03-04", "2025-03-04", "Aldo Benz", "Carla Dunn");
        document(root.resolve("north"), "b1", """
                BOREALIS, June 10, 2025 - Trade Minister Erik Falk held a phone call with Commerce Minister Greta Holm on June 9, 2025.
                """, "2025-06-10", "2025-06-09", "Erik Falk", "Greta Holm");
        document(root.resolve("north"), "c1", """
                CASPIA, July 2, 2025 - Prime Minister Ivan Jonas received Ambassador Karl Lind in Caspia City on July 1, 2025.
                """, "2025-07-02", "2025-07-01", "Ivan Jonas", "Karl Lind");
        document(root.resolve("south"), "a2", """
                ATLANTIS, April 8, 2025 - Minister of Trade Aldo Benz met Trade Representative Lena Moss in Atlantis City on April 7, 2025.
                """, "2025-04-08", "2025-04-07", "Aldo Benz", "Lena Moss");
        document(root.resolve("south"), "b2", """
                BOREALIS, May 20, 2025 - Trade Minister Erik Falk met Finance Minister Nils Olsen in Borealis City on May 19, 2025.
                """, "2025-05-20", "2025-05-19", "Erik Falk", "Nils Olsen");
        document(root.resolve("south"), "c2", """
                CASPIA, August 5, 2025 - Foreign Minister Petra Quist met Ambassador Rolf Stein in Caspia City on August 4, 2025.
                """, "2025-08-05", "2025-08-04", "Petra Quist", "Rolf Stein");
        return root;
    }

    private static void folder(Path folder, String sources) {
        try {
            Files.createDirectories(folder.resolve("docs"));
            Files.createDirectories(folder.resolve("gold"));
            Files.writeString(folder.resolve("SOURCES.tsv"), sources);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void document(Path folder, String name, String text, String published, String date, String first, String second) {
        String gold = """
                {"document": "%s.txt", "published": ["%s"], "rounds": [], "issues": [],
                 "events": [{"kind": "meeting", "dates": ["%s"], "place": [null], "participants": [["%s"], ["%s"]]}],
                 "people": [], "commitments": []}
                """.formatted(name, published, date, first, second);
        try {
            Files.writeString(folder.resolve("docs").resolve(name + ".txt"), text);
            Files.writeString(folder.resolve("gold").resolve(name + ".json"), gold);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
