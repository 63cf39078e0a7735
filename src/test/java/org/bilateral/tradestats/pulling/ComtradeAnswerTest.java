package org.bilateral.tradestats.pulling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.bilateral.sources.Fetcher;
import org.junit.jupiter.api.Test;

class ComtradeAnswerTest {

    static Fetcher.Answer answer(String body) {
        return new Fetcher.Answer(URI.create("http://127.0.0.1/data/v1/get/C/M/HS"), 200, body.getBytes(StandardCharsets.UTF_8),
                HttpHeaders.of(Map.of("Content-Type", List.of("application/json; charset=utf-8")), (a, b) -> true));
    }

    static String malformed(String body) {
        try {
            ComtradeAnswer.read(answer(body));
        } catch (Fetcher.Malformed e) {
            return e.said().english();
        }
        throw new AssertionError("read as an answer: " + body);
    }

    @Test
    void aRecordedAnswerGivesEachRecordWithItsPeriodAndItsNumbersAsWritten() throws IOException {
        ComtradeAnswer read = ComtradeAnswer.read(answer(Files.readString(
                Path.of("src/test/resources/tradestats/recorded/comtrade-vn-imports-2025-01-to-03.json"))));

        assertThat(read.count()).isEqualTo(8);
        assertThat(read.records()).extracting(ComtradeAnswer.Sent::period).containsExactly(
                "202501", "202501", "202501", "202501", "202502", "202502", "202502", "202502");
        // not passed through a double: 120,000,000.75 stays exactly that
        assertThat(read.records().get(4).json()).contains("\"primaryValue\":120000000.75").doesNotContain("E+");
    }

    @Test
    void whatIsNotAWholeEnvelopeIsMalformedAndSoTriedAgain() {
        assertThat(malformed("{\"elapsedTime\":\"0.1 secs\",\"count\":1,\"data\":[{\"period\":\"202501\"")).startsWith(
                "the Comtrade answer is not whole JSON");
        assertThat(malformed("[]")).isEqualTo("the Comtrade answer is not its envelope (an object with \"count\", \"data\" and \"error\")");
        assertThat(malformed("{\"elapsedTime\":\"0.1 secs\",\"count\":0,\"error\":\"\"}")).isEqualTo("no \"data\" array of records");
        assertThat(malformed("{\"count\":0,\"data\":null,\"error\":\"\"}")).isEqualTo("no \"data\" array of records");
        assertThat(malformed("{\"count\":2,\"data\":[{\"period\":\"202501\"}],\"error\":\"\"}"))
                .isEqualTo("the Comtrade answer says it holds 2 records but holds 1");
        assertThat(malformed("{\"count\":0,\"data\":[],\"error\":\"Invalid period\"}"))
                .isEqualTo("the Comtrade response reports an error: Invalid period");
    }

    @Test
    void anEmptyAnswerIsNoPeriodPublished() {
        assertThat(ComtradeAnswer.read(answer("{\"elapsedTime\":\"0.02 secs\",\"count\":0,\"data\":[],\"error\":\"\"}")).records())
                .isEmpty();
    }

    @Test
    void aCallAsksItsPeriodsAsComtradeWritesThem() {
        ComtradeAsk annual = new ComtradeAsk(704, 842, org.bilateral.shared.Flow.EXPORT, true,
                List.of(java.time.YearMonth.of(2023, 1), java.time.YearMonth.of(2024, 1)));

        assertThat(annual.address(URI.create("https://comtradeapi.un.org/"), List.of("TOTAL", "AG6")).toString()).isEqualTo(
                "https://comtradeapi.un.org/data/v1/get/C/A/HS?reporterCode=704&partnerCode=842%2C0&period=2023%2C2024"
                        + "&flowCode=X&cmdCode=TOTAL%2CAG6&partner2Code=0&customsCode=C00&motCode=0&includeDesc=true");
        assertThatThrownBy(() -> annual.periods().add(java.time.YearMonth.of(2025, 1))).isInstanceOf(UnsupportedOperationException.class);
    }
}
