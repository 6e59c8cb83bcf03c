package io.crosscheck.steps.http;

import io.crosscheck.engine.spi.step.Doc;
import io.crosscheck.engine.spi.step.Required;

/** A file part of {@code multipart}: {@code { file, contentType, filename }}. */
@Doc("A file part.")
record CallPart(
        @Required @Doc(value = "The file to send, relative to the scenario file.", examples = "data/meter.png") String file,
        @Doc(value = "The part's Content-Type; default: guessed from the file name, else application/octet-stream.",
                examples = "image/png")
        String contentType,
        @Doc(value = "The file name the server sees; default: the file's own name.", examples = "meter.png") String filename) {
}
