package org.bilateral.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A name the catalog gives is written into SQL quoted, never as SQL of its own. */
class BackupCatalogTest {

    @Test
    void aTableNameAndASequenceNameAreQuotedWithTheirQuotesDoubled() {
        assertThat(BackupCatalog.quoted("trade_figure")).isEqualTo("\"trade_figure\"");
        assertThat(BackupCatalog.quoted("a\"; drop table deal; --")).isEqualTo("\"a\"\"; drop table deal; --\"");
        assertThat(BackupCatalog.literal("it's_seq")).isEqualTo("'it''s_seq'");
    }
}
