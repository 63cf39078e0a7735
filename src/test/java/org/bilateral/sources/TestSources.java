package org.bilateral.sources;

import java.util.List;
import java.util.function.Function;
import org.bilateral.shared.Said;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Two sources of the tests' own, which do what a test tells them: one that needs no key and one that needs a key no
 * test gives it. Each test sets {@link TestSource#work} before it pulls.
 */
@TestConfiguration
public class TestSources {

    /** Needs no key: pulled by the tests of runs, of the page and of {@code pull status}. */
    public static final String OPEN = "test-open";
    /** Needs a key, which no test configures: always skipped. */
    public static final String KEYED = "test-keyed";

    /** A source doing what its test sets. */
    public static final class TestSource implements Source {

        private final String id;
        private final boolean needsKey;
        public volatile Function<PullProgress, PullReport> work = p -> new PullReport(0, 0, 0, List.of());

        TestSource(String id, boolean needsKey) {
            this.id = id;
            this.needsKey = needsKey;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public Said name() {
            // a name no language translates, as a source's own name often is ("UN Comtrade")
            return Said.asWritten("ZZQX " + id.substring(5).toUpperCase(java.util.Locale.ROOT));
        }

        @Override
        public boolean needsKey() {
            return needsKey;
        }

        @Override
        public PullReport pull(PullProgress progress) {
            return work.apply(progress);
        }
    }

    @Bean
    TestSource openSource() {
        return new TestSource(OPEN, false);
    }

    @Bean
    TestSource keyedSource() {
        return new TestSource(KEYED, true);
    }
}
