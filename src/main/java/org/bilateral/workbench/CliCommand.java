package org.bilateral.workbench;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a picocli command bean that is a top-level subcommand of {@code bilateral}; each capability
 * contributes its own, so the launcher needs to know none of them. A command marked {@link Under} is a subcommand of
 * another module's command instead: the Census pull of the statistics module is {@code bilateral pull census}, under
 * the {@code pull} of the sources module.
 */
public interface CliCommand {

    /** The name of the top-level command this one belongs under ({@code "pull"}). */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @interface Under {
        String value();
    }
}
