package org.bilateral.engagements;

/** A person confirmed that two records are one; modules holding references to the merged record repoint them. */
public record MergeConfirmed(MergeSubject subject, long keptId, long mergedId) {
}
