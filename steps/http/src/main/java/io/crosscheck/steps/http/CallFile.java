package io.crosscheck.steps.http;

import io.crosscheck.engine.spi.step.Doc;
import io.crosscheck.engine.spi.step.Required;

/** {@code body: { file: PATH }}: a file sent as the body. */
@Doc("A file sent as the body.")
record CallFile(
        @Required @Doc(value = "The file to send as the body, relative to the scenario file.", examples = "data/order.json")
        String file) {
}
