package io.crosscheck.engine.result;

/** Which list of a scenario a step belongs to. */
public enum Phase { SETUP, STEP, TEARDOWN }
