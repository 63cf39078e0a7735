package org.bilateral.extraction.reading;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.bilateral.extraction.reading.Names.Found;
import org.bilateral.extraction.reading.Names.OrganisationMention;
import org.bilateral.extraction.reading.Names.PersonMention;
import org.bilateral.extraction.reading.Tokens.Token;

/**
 * One sentence as the name rules read it: its tokens, which of them a rule has already claimed as (part of) a name,
 * and the people and organisations found so far. A claimed word is never read again by a later rule.
 */
final class Claims {

    private final String sentence;
    private final List<Token> tokens;
    private final boolean[] claimed;
    private final List<PersonMention> people = new ArrayList<>();
    private final List<OrganisationMention> organisations = new ArrayList<>();

    Claims(String sentence, List<Token> tokens) {
        this.sentence = sentence;
        this.tokens = tokens;
        this.claimed = new boolean[tokens.size()];
    }

    String sentence() {
        return sentence;
    }

    List<Token> tokens() {
        return tokens;
    }

    boolean isClaimed(int token) {
        return claimed[token];
    }

    /** Whether no token from {@code from} (inclusive) to {@code to} (exclusive) is claimed yet. */
    boolean free(int from, int to) {
        for (int i = from; i < to; i++) {
            if (claimed[i]) {
                return false;
            }
        }
        return true;
    }

    /** Claims the tokens from {@code from} (inclusive) to {@code to} (exclusive). */
    void claim(int from, int to) {
        for (int i = from; i < to; i++) {
            claimed[i] = true;
        }
    }

    void add(PersonMention person) {
        people.add(person);
    }

    void add(OrganisationMention organisation) {
        organisations.add(organisation);
    }

    /** The people found so far, in the order found (in the text's order after {@link #inTextOrder()}). */
    List<PersonMention> people() {
        return Collections.unmodifiableList(people);
    }

    List<OrganisationMention> organisations() {
        return Collections.unmodifiableList(organisations);
    }

    /** Replaces the person at {@code index} with what a later rule learnt about them (their country, their employer). */
    void revise(int index, PersonMention person) {
        people.set(index, person);
    }

    /** Puts the people and the organisations in the order the sentence names them, for the rules that compare neighbours. */
    void inTextOrder() {
        people.sort(Comparator.comparingInt(PersonMention::start));
        organisations.sort(Comparator.comparingInt(OrganisationMention::start));
    }

    Found found() {
        return new Found(people, organisations, claimed);
    }
}
