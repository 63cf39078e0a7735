package org.bilateral.shared;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;

/**
 * A record that does not exist, or that the asker may not see: the two are answered alike, so that nobody learns
 * about records outside their scope by probing numbers.
 *
 * <p>What was asked for is a {@link Thing} and the number or code it was asked by, so a page can say it in its own
 * language (message {@code notFound.<thing>}) while the API and the commands keep the English sentence.
 */
public class NotFound extends RuntimeException {

    /** What the workbench can be asked for by number or code; each English sentence takes the asked-for key(s). */
    public enum Thing {
        ENGAGEMENT("there is no engagement {0}"),
        PERSON("there is no person {0}"),
        ORGANISATION("there is no organisation {0}"),
        PRESS_RELEASE("there is no press release {0}"),
        PROPOSAL("there is no proposal {0}"),
        MERGE_DECISION("there is no decision {0} on a merge"),
        DEAL("there is no deal {0}"),
        ENTERPRISE("there is no enterprise {0}"),
        ASK("there is no ask {0}"),
        TARGET("there is no target {0}"),
        BRIEF("there is no brief {0}"),
        SOURCE("there is no source {0}"),
        WATCHED_PRODUCT("there is no watched product {0} of {1}"),
        SCREENED_PRODUCT("there is no product {0} among {1}''s imports from {2} in {3}–{4}"),
        ORDER("there is no AD/CVD order {0}"),
        LEGISLATOR("there is no member of Congress {0}"),
        STATE_SHAPES("there are no state shapes in the reference data ({0})"),
        TARIFF_SCHEDULE("there is no tariff schedule of Vietnam in force on {0}"),
        OFFER("there is no offer {0}"),
        WORLD_RUN("there is no world run {0}"),
        WORLD_HUB("there is no hub {0} in world run {1}");

        private final String english;

        Thing(String english) {
            this.english = english;
        }

        /** The message key a page says it by, {@code notFound.press_release}. */
        public String messageKey() {
            return "notFound." + name().toLowerCase(Locale.ROOT);
        }
    }

    private final Thing thing;
    private final Object[] keys;

    /** {@code keys} are the number or code asked by, shown as given, cut at 40 characters as {@link Limits#shown} cuts. */
    public NotFound(Thing thing, Object... keys) {
        super(new MessageFormat(thing.english, Locale.ROOT).format(shown(keys)));
        this.thing = thing;
        this.keys = shown(keys);
    }

    public Thing thing() {
        return thing;
    }

    /** The keys as strings, so that a page's own number format does not regroup "999999" or a year. */
    public Object[] keys() {
        return keys.clone();
    }

    private static Object[] shown(Object[] keys) {
        return Arrays.stream(keys).map(String::valueOf).map(k -> k.length() > 40 ? k.substring(0, 40) + "…" : k).toArray();
    }
}
