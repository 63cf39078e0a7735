package org.bilateral.alerts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.ServerSocket;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.bilateral.WorkbenchTest;
import org.bilateral.shared.Changes;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfiguration;

/**
 * The workbench for the alerts' tests, one context for all of them: a module's changes as the test states them
 * ({@link StatedChanges}), a public address for the feed's links, and an SMTP server configured on a free port of this
 * machine, where a test starts GreenMail when it wants the mail taken (and leaves it stopped to see a send fail).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WorkbenchTest
@AutoConfigureMockMvc
@Import(AlertsTest.Config.class)
@ContextConfiguration(initializers = AlertsTest.Smtp.class)
public @interface AlertsTest {

    /** The port the configured SMTP server listens on, when a test starts it. */
    int SMTP_PORT = Smtp.PORT;

    String PUBLIC_URL = "https://bilateral.example.vn/workbench";

    /** A mail server configured as an operator would: {@code spring.mail.host} set, so Spring Boot makes a JavaMailSender. */
    class Smtp implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        static final int PORT = freePort();

        private static int freePort() {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("alerts-test", java.util.Map.of(
                    "spring.mail.host", "127.0.0.1", "spring.mail.port", Integer.toString(SMTP_PORT),
                    "spring.mail.properties.mail.smtp.connectiontimeout", "2000",
                    "bilateral.public-url", PUBLIC_URL, "bilateral.alerts.mail-from", "alerts@bilateral.example.vn")));
        }
    }

    @TestConfiguration
    class Config {
        @Bean
        StatedChanges statedChanges() {
            return new StatedChanges();
        }
    }

    /** A module's changes as a test states them; each test clears them first. */
    class StatedChanges implements Changes {

        private final List<Change> changes = new CopyOnWriteArrayList<>();

        public void add(Change change) {
            changes.add(change);
        }

        public void clear() {
            changes.clear();
        }

        @Override
        public List<Change> since(Instant since) {
            return changes.stream().filter(c -> c.at().isAfter(since)).toList();
        }
    }
}
