package org.bilateral.tradestats.importing;

/** Where a reader puts each valid figure; a reader never stores anything itself. */
public interface FigureSink {

    void accept(Figure figure);
}
