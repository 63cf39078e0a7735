package org.bilateral;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.annotation.AliasFor;

/**
 * The whole workbench on a throw-away embedded PostgreSQL, with the project's own small reference
 * fixture (four countries, a few HS codes) so tests never depend on ../shared. It holds no statistics' answers in
 * memory ({@code bilateral.statistics.answers-held=false}): the fixtures empty the statistics with SQL of their own, whose
 * notification reaches the running workbench a moment after it commits, and a test asking at once would be answered from
 * before it (tradestats.StatisticsAnswersTest turns holding on for itself).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {
        "bilateral.db.ephemeral=true",
        "bilateral.home=target/test-home",
        "bilateral.reference=src/test/resources/reference",
        "bilateral.statistics.answers-held=false",
        "BILATERAL_ADMIN_PASSWORD=" + WorkbenchTest.ADMIN_PASSWORD})
public @interface WorkbenchTest {

    /** MOCK for MockMvc tests, RANDOM_PORT for tests that drive a real browser. */
    @AliasFor(annotation = SpringBootTest.class, attribute = "webEnvironment")
    SpringBootTest.WebEnvironment webEnvironment() default SpringBootTest.WebEnvironment.MOCK;

    String ADMIN_PASSWORD = "test-password-1";
}
