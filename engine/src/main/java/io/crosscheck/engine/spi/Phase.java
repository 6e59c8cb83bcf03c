package io.crosscheck.engine.spi;

/** Which list of a scenario a step belongs to. */
public enum Phase { SETUP, STEP, TEARDOWN }
