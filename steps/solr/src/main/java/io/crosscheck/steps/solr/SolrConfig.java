package io.crosscheck.steps.solr;

import io.crosscheck.engine.spi.step.Doc;
import io.crosscheck.engine.spi.step.Required;

/**
 * One Solr of the environment's {@code solr:} section as crosscheck.yaml writes it: the module's build writes the
 * section's schema from this record, and {@link SolrConnection} binds each connection onto it.
 */
@Doc(title = "a Solr server", value = "One Solr server.", examples = "{\"url\": \"http://127.0.0.1:8983/solr\"}")
record SolrConfig(
        @Required
        @Doc(value = "The Solr base url, ending in /solr.", shape = "scalar", examples = "http://127.0.0.1:8983/solr")
        Object url,
        @Doc(value = "Basic-auth user.", shape = "scalar")
        Object user,
        @Doc(value = "Basic-auth password; use ${secret('NAME')}.", shape = "scalar")
        Object password,
        @Doc(value = "Connect timeout (default 5s): a duration or a number of seconds.", shape = "scalar", examples = "5s")
        Object connectTimeout,
        @Doc(value = "Request timeout (default 60s): a duration or a number of seconds.", shape = "scalar", examples = "60s")
        Object requestTimeout) {
}
