package org.bilateral.commitments;

import org.bilateral.shared.UsState;

/**
 * A deal that buys from a state: the state of the plant its goods come from where the goods name one, else its
 * seller's state. A deal whose seller has no state and whose goods name no plant buys from no known state.
 *
 * @param basis which of the two said the state
 */
public record StateDeal(Deal deal, UsState state, Basis basis) {

    public enum Basis { PLANT, SELLER }
}
