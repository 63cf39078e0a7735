package org.bilateral.commitments.importing;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.bilateral.commitments.Deal;
import org.bilateral.commitments.PurchaseCommitments;
import org.bilateral.engagements.Directory;
import org.bilateral.shared.UsState;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * serve --demo: where the demonstration deals' US sellers are, from {@code demo-seller-states.csv} (beside this
 * module's demo targets), each row with its basis and a source. A row without goods is the seller's own state (its
 * headquarters: not where the goods are made, as the row's basis says); a row with goods ("737") is the state of the
 * plant making them, given to the seller's deals whose goods name them. A seller the register does not hold (the
 * reference deals absent) is passed over.
 */
@Component
class DemoSellerStates {

    static final String RESOURCE = "/org/bilateral/commitments/demo-seller-states.csv";

    /** One row of the file. {@code goods} is null for the seller's own state. */
    record Row(String seller, @org.jspecify.annotations.Nullable String goods, UsState state, String basis, String place, String source) {
    }

    /** What was given: sellers their state, deals their plant's state. */
    record Given(int sellers, int deals) {
        String describe() {
            return "demo-seller-states.csv: %d sellers given their state, %d deals their plant's state (headquarters or plant, as the file says)"
                    .formatted(sellers, deals);
        }
    }

    private final Directory directory;
    private final PurchaseCommitments commitments;

    DemoSellerStates(Directory directory, PurchaseCommitments commitments) {
        this.directory = directory;
        this.commitments = commitments;
    }

    static List<Row> rows() {
        try (Reader in = new InputStreamReader(Objects.requireNonNull(DemoSellerStates.class.getResourceAsStream(RESOURCE), RESOURCE),
                StandardCharsets.UTF_8);
             CSVParser csv = CSVParser.parse(in, CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            return csv.stream().map(DemoSellerStates::row).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Row row(CSVRecord r) {
        String goods = r.get("goods").strip();
        String basis = r.get("basis").strip();
        // a plant's state names its goods, a headquarters' none: a row mixing the two is the file's mistake, found here
        if (goods.isEmpty() != basis.equals("headquarters") || !(basis.equals("headquarters") || basis.equals("plant"))) {
            throw new IllegalStateException(RESOURCE + ", line " + (r.getRecordNumber() + 1) + ": basis " + basis + " with goods '" + goods + "'");
        }
        return new Row(r.get("seller").strip(), goods.isEmpty() ? null : goods, UsState.of(r.get("state")), basis, r.get("place").strip(),
                r.get("source_url").strip());
    }

    @Transactional
    Given give(String user) {
        int sellers = 0;
        int deals = 0;
        List<Deal> all = commitments.deals();
        for (Row row : rows()) {
            var seller = directory.findOrganisation(row.seller());
            if (seller.isEmpty()) {
                continue;
            }
            String goods = row.goods();
            if (goods == null) {
                directory.setUsState(seller.get(), row.state(), user);
                sellers++;
                continue;
            }
            Pattern word = Pattern.compile("\\b" + Pattern.quote(goods.toLowerCase(Locale.ROOT)) + "\\b");
            for (Deal d : all) {
                Long sellerId = d.sellerId();
                if (sellerId != null && sellerId == seller.get().value() && word.matcher(d.item().toLowerCase(Locale.ROOT)).find()) {
                    commitments.setPlantState(d.id(), row.state(), user);
                    deals++;
                }
            }
        }
        return new Given(sellers, deals);
    }
}
