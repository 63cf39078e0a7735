package org.bilateral.tariffs;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One version of the schedule: in force from a day until the next version's day.
 *
 * @param source where the files were read (the folder, or the reference location's description)
 * @param sha256 the two files' checksum together: the same files again are this version
 * @param lines  national lines held
 */
public record Schedule(ScheduleId id, LocalDate inForceFrom, String source, String sha256, int lines, Instant loadedAt) {
}
