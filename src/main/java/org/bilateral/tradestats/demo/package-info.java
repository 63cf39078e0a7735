/**
 * Synthetic statistics in the real download formats: the demonstration data a new user sees at once,
 * and the large files the benchmark imports. Everything written here is marked synthetic.
 */
@org.jspecify.annotations.NullMarked
package org.bilateral.tradestats.demo;
