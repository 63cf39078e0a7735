package org.bilateral.workbench;

/** The user started the workbench with --demo: whoever owns demonstration data loads it if nothing is there. */
public record DemoRequested() {
}
