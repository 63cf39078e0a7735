package org.bilateral.identity.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.servlet.autoconfigure.HttpEncodingAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The API benchmark's baseline, started by {@link ApiBenchCommand} in a JVM of its own: the same Spring jars (embedded
 * Tomcat, Spring MVC's DispatcherServlet, with the workbench's own server settings from its application.properties),
 * answering {@code GET /baseline} with the bytes of a balance the workbench answered, from memory: no security, no
 * database, no serialising. What the workbench's API costs beyond that is its own.
 * <p>
 * A functional route rather than a {@code @RestController}: this class carries no annotation that the workbench's
 * component scan picks up, so the baseline never becomes a route of the workbench. Its own application is made of this
 * class only, with the web auto-configurations named here.
 * <p>
 * Arguments: the file holding the bytes. Prints {@code PORT <n>} once it answers, and stops when its standard input
 * closes (the benchmark ended, or died).
 */
@ImportAutoConfiguration({PropertyPlaceholderAutoConfiguration.class, TomcatServletWebServerAutoConfiguration.class,
        DispatcherServletAutoConfiguration.class, WebMvcAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class,
        HttpEncodingAutoConfiguration.class, ErrorMvcAutoConfiguration.class})
public class StaticJsonBaseline {

    static final String PATH = "/baseline";

    @Bean
    RouterFunction<ServerResponse> baseline(Environment environment) throws IOException {
        byte[] json = Files.readAllBytes(Path.of(environment.getRequiredProperty("baseline.file")));
        return RouterFunctions.route().GET(PATH, request -> ServerResponse.ok().contentType(MediaType.APPLICATION_JSON)
                .body(json)).build();
    }

    public static void main(String[] args) throws IOException {
        ConfigurableApplicationContext context = new SpringApplicationBuilder()
                .sources(StaticJsonBaseline.class)
                .web(WebApplicationType.SERVLET)
                .properties("server.port=0", "spring.main.banner-mode=off", "logging.level.root=WARN",
                        "baseline.file=" + args[0])
                .run();
        int port = java.util.Objects.requireNonNull(((WebServerApplicationContext) context).getWebServer(), "the web server").getPort();
        System.out.println("PORT " + port);
        System.out.flush();
        try (InputStream in = System.in) {
            while (in.read() >= 0) {
                // nothing to read: the benchmark closes it to stop this
            }
        }
        context.close();
    }
}
