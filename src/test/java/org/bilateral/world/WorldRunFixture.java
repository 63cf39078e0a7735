package org.bilateral.world;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A hand-written RUN.json (src/test/resources/world/RUN.json) whose figures are checked by hand: CN → US 2017–2024,
 * event 2018, two hubs. Vietnam: bound $12.3 bn of $45.6 bn in 2024 (share 0.2697368421, 27.0%), 2 of 5 products
 * passing the Freund test. Mexico: bound $20 bn of $50 bn (share 0.4, 40.0%), 1 of 4 passing.
 */
public final class WorldRunFixture {

    private WorldRunFixture() {
    }

    /** The fixture as written. */
    public static String text() {
        try (InputStream in = WorldRunFixture.class.getResourceAsStream("/world/RUN.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fixture with pieces of its text replaced (each must be there): from, to, from, to, … */
    public static byte[] with(String... pairs) {
        String text = text();
        for (int i = 0; i < pairs.length; i += 2) {
            if (!text.contains(pairs[i])) {
                throw new IllegalArgumentException("the fixture holds no " + pairs[i]);
            }
            text = text.replace(pairs[i], pairs[i + 1]);
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] bytes() {
        return text().getBytes(StandardCharsets.UTF_8);
    }

    /** The same run, marked synthetic: another file, another run. */
    public static byte[] synthetic() {
        return with("\"synthetic\": false", "\"synthetic\": true");
    }

    /** No world run held. */
    public static void clear(JdbcClient jdbc) {
        jdbc.sql("delete from world_signal").update();
        jdbc.sql("delete from world_product").update();
        jdbc.sql("delete from world_hub").update();
        jdbc.sql("delete from world_run").update();
    }

    /** The rows of the four tables, to show a refused load changed nothing. */
    public static long rows(JdbcClient jdbc) {
        return jdbc.sql("""
                select (select count(*) from world_run) + (select count(*) from world_hub) + (select count(*) from world_product)
                     + (select count(*) from world_signal)""").query(Long.class).single();
    }
}
