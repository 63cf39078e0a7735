package org.bilateral.extraction;

/** Where in the cleaned text of a document a fact was read: character offsets and the sentence(s) themselves. */
public record Evidence(int start, int end, String text) {
}
