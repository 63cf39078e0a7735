/**
 * The measures each side applies, read in place from the shared reference files: the importing side's anti-dumping and
 * countervailing duty orders, its dated tariff actions and court rulings, every country's reciprocal rate, its
 * export-control country groups and Country Chart, the HS codes screened as dual use, and the dated events of the
 * market-economy request. Typed records and their readers only; what they are worth is computed by the policy's stakes.
 */
@org.jspecify.annotations.NullMarked
package org.bilateral.policy.measures;
