/**
 * Vietnam's tariff schedule: the MFN rate and every agreement's preferential rate of each of the 11,414 national
 * (8-digit) lines, as reference data held by version ({@link org.bilateral.tariffs.TariffSchedules}), loaded from the
 * {@code tariffs/} reference files ({@link org.bilateral.tariffs.TariffLoads}), so that an offer to US goods is priced
 * against the schedule in force on a day and the rates competitors pay are known.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Vietnam's tariff schedule")
package org.bilateral.tariffs;
