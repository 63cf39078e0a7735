package org.bilateral.workbench;

/**
 * Marks a {@link CliCommand} that needs nothing of the running workbench (no database, no home, no services): the
 * launcher runs it before the application starts, as it answers help ({@link HelpWithoutDatabase}), so it starts in a
 * moment, creates nothing and works beside a running workbench. Such a command has no constructor arguments and no
 * field initialisers (it is made without its constructor); its options' defaults are in their annotations.
 */
public interface WithoutDatabase {
}
