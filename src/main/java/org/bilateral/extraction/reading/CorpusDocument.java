package org.bilateral.extraction.reading;

/**
 * One document of a corpus folder with its gold: {@code folder} is the folder's name ({@code genre-a}, {@code seeds}),
 * {@code publisher} the one {@code SOURCES.tsv} names (the folder's name where it names none), the key by which
 * leave-one-publisher-out holds a publisher's documents out of training.
 */
public record CorpusDocument(String folder, String name, String publisher, String text, GoldDocument gold) {
}
