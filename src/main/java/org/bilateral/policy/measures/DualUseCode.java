package org.bilateral.policy.measures;

/**
 * An HS subheading screened as dual use: a Common High Priority List tier or a chemical schedule it is matched to. An
 * HS subheading is always broader or narrower than a control entry: for screening, never classification.
 */
public record DualUseCode(String hs6, String controlEntry, String category, String regime, String description,
                          String matchBasis) {
}
