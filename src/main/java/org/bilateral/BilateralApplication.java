package org.bilateral;

import org.bilateral.workbench.HelpWithoutDatabase;
import org.bilateral.workbench.LaunchArguments;
import org.bilateral.workbench.StartTraining;
import org.bilateral.workbench.StartupSteps;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The one entry point behind the {@code bilateral} launcher: {@code serve} starts the web workbench,
 * every other command runs once against the same database and exits.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class BilateralApplication {

    public static void main(String[] args) {
        java.util.OptionalInt help = HelpWithoutDatabase.answer(args);
        if (help.isPresent()) {
            System.exit(help.getAsInt());
            return;
        }
        LaunchArguments launch = LaunchArguments.of(args);
        SpringApplication app = new SpringApplication(BilateralApplication.class);
        app.setAddCommandLineProperties(false);
        app.setBannerMode(Banner.Mode.OFF);
        java.util.Properties defaults = new java.util.Properties();
        defaults.putAll(launch.defaults());
        app.setDefaultProperties(defaults);
        launch.overrides().forEach(System::setProperty);
        app.setWebApplicationType(launch.serves() ? WebApplicationType.SERVLET : WebApplicationType.NONE);
        StartupSteps.recordIfAsked(app);
        ConfigurableApplicationContext context;
        try {
            context = app.run(args);
            StartupSteps.printIfAsked(app);
        } catch (RuntimeException e) {
            System.err.println("bilateral: could not start: " + LaunchArguments.rootMessage(e));
            System.exit(1);
            return;
        }
        if (StartTraining.asked()) {
            // The launcher's training run: a first page and two commands, then the same stop as any serve's (the embedded
            // PostgreSQL stops with the context); the class-data-sharing archive is written as the JVM exits.
            StartTraining.exercise(context);
            System.exit(SpringApplication.exit(context));
            return;
        }
        if (!launch.serves()) {
            System.exit(SpringApplication.exit(context));
        }
    }
}
