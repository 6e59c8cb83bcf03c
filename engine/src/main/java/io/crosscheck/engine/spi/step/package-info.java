/**
 * The step SPI, for authors of step modules: a verb is a {@link io.crosscheck.engine.spi.step.StepHandler} found with
 * {@link java.util.ServiceLoader}, its config a record described by the annotations here ({@code @Required},
 * {@code @Doc}, {@code @Range}, ...), run with a {@link io.crosscheck.engine.spi.step.StepContext}; an evidence kind is
 * an {@link io.crosscheck.engine.spi.step.EvidenceSource}. Core verbs use exactly this, nothing more.
 */
package io.crosscheck.engine.spi.step;
