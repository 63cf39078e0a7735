package org.bilateral.hill;

/** The chamber a member sits in. */
public enum Chamber {
    SENATE, HOUSE
}
