package org.bilateral.briefs.render;

import org.bilateral.world.Standing;

/** The hand-made standing of {@link WorldInTheBriefTest}, for the section's test in another package. */
public final class WorldInTheBriefTestAccess {

    private WorldInTheBriefTestAccess() {
    }

    public static Standing standing() {
        return WorldInTheBriefTest.standing(false);
    }
}
