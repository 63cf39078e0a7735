package org.bilateral.briefs.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.bilateral.briefs.Brief;
import org.bilateral.briefs.BriefLanguage;
import org.bilateral.briefs.BriefSamples;
import org.bilateral.briefs.BriefSection;
import org.junit.jupiter.api.Test;

/** The sentences the DOCX gives above each section's tables: the headline figures, or the one line saying there are none. */
class SectionLinesTest {

    private static final BriefWords EN = new BriefWords(BriefRendering.messages(), BriefLanguage.EN.locale());

    @Test
    void eachSectionSaysItsHeadlineWithItsSource() {
        Brief b = BriefSamples.full(BriefLanguage.EN, false);
        assertThat(SectionLines.of(b, BriefSection.BALANCE, EN)).containsExactly(
                "US's statistics, 2024: exports $120, imports $1,200, balance −$1,080 [1]",
                "VN's statistics, 2024: exports $1,000, imports $130, balance $870 [2]",
                EN.t("brief.balance.mirror.explained"));
        assertThat(SectionLines.of(b, BriefSection.COMMITMENTS, EN)).containsExactly(EN.total(b.commitments()) + " [3]");
        assertThat(SectionLines.of(b, BriefSection.ENGAGEMENTS, EN)).containsExactly(EN.window(b.engagements()),
                EN.t("brief.engagements.otherSide") + ": Jamieson Greer, USTR");
        assertThat(SectionLines.of(b, BriefSection.ASKS, EN)).isEmpty();
        assertThat(SectionLines.of(b, BriefSection.RISKS, EN)).containsExactly(EN.risksIntro(b.risks()), EN.bound(b.risks()));
    }

    @Test
    void aSectionWithoutDataSaysSoInOneLine() {
        Brief b = BriefSamples.full(BriefLanguage.EN, false);
        Brief empty = new Brief(b.request(), b.preparedAt(), null, false,
                new Brief.Balance("brief.balance.none", null, List.of(), List.of(), null, null, List.of(), List.of(), List.of()),
                new Brief.Commitments("brief.commitments.none", 0, null, null, List.of(), List.of(), List.of(), null, 0), null,
                new Brief.Asks("brief.asks.none", List.of()), new Brief.Risks("brief.risks.china", null, 0, List.of(), null, null, List.of()),
                null, List.of(), null);
        assertThat(SectionLines.of(empty, BriefSection.BALANCE, EN)).containsExactly(EN.t("brief.balance.none"));
        assertThat(SectionLines.of(empty, BriefSection.COMMITMENTS, EN)).containsExactly(EN.t("brief.commitments.none"));
        assertThat(SectionLines.of(empty, BriefSection.ASKS, EN)).containsExactly(EN.t("brief.asks.none"));
        assertThat(SectionLines.of(empty, BriefSection.RISKS, EN)).containsExactly(EN.t("brief.risks.china"));
        assertThat(SectionLines.of(empty, BriefSection.ENGAGEMENTS, EN)).as("not chosen").isEmpty();
    }
}
