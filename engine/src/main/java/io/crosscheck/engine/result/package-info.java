/**
 * The immutable result tree of a run: a run's scenarios, their steps, checks, reports and evidence, with the
 * positions in the files they came from. Written by the engine, read by reporters, the JUnit engine and merges.
 */
package io.crosscheck.engine.result;
