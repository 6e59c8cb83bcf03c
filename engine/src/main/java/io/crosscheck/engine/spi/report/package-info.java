/**
 * The reporter SPI, for authors of reports and live views: a {@link io.crosscheck.engine.spi.report.Reporter} (found
 * with {@link java.util.ServiceLoader}) writes a finished run; a {@link io.crosscheck.engine.spi.report.RunListener}
 * given to the run hears its events as they happen. Both read the result tree of {@code io.crosscheck.engine.result}.
 */
package io.crosscheck.engine.spi.report;
