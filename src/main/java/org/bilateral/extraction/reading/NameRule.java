package org.bilateral.extraction.reading;

/**
 * One way a sentence names a person or an organisation. {@link Names} runs the rules in a fixed order over one
 * {@link Claims}: a rule claims the words it reads as a name, and the rules after it leave those words alone, so the
 * order says which reading wins.
 */
@FunctionalInterface
interface NameRule {

    void apply(Claims claims);
}
