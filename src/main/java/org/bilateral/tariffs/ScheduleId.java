package org.bilateral.tariffs;

/** The number of one version of Vietnam's tariff schedule. */
public record ScheduleId(long value) {
}
