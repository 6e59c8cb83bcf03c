package io.crosscheck.engine.spi.step;

import java.util.List;
import java.util.Map;

/**
 * A kind of evidence source (spec §8): a step module's way to read, for one scenario run, the rows or records that
 * say what the services did with its trace. Found with {@link java.util.ServiceLoader}, registered in
 * {@code META-INF/services/io.crosscheck.engine.spi.step.EvidenceSource}, so a plugin module adds a kind as it adds a verb.
 * In crosscheck.yaml an entry of {@code evidence:} names its kind by a key ({@code solr: {...}}) whose value is the
 * module's own step config; the engine maps each row to a timeline line through the entry's {@code fields}. When
 * {@code C} is a record carrying {@code @Doc}, the module's build writes its schema ({@code evidence.<kind>.schema.json}).
 *
 * @param <C> the config parsed from the kind key's value, usually the module's step config record
 */
public interface EvidenceSource<C> {

    /** The key of an evidence entry that selects this kind: {@code solr}, {@code kafka}, {@code sql}. */
    String kind();

    /** Parses and checks the kind key's value; reports problems with positions; returns null if unusable. */
    C parse(ConfigNode node, Problems problems);

    /**
     * Reads at most {@code limit} rows for the running scenario ({@code ctx.scenario()}: its trace and start). Every
     * {@code ${...}} renders in the scenario's scope; {@code ctx.deadline()} is the source's own time bound. Each row
     * is a map whose keys are the names the entry's {@code fields} expressions use ({@code ts}, {@code value}, ...).
     */
    List<Map<String, Object>> read(C config, StepContext ctx, int limit) throws Exception;

    /** Connections the source uses, so validation can check their names against the environment. */
    default List<ConnectionRef> connections(C config) {
        return List.of();
    }
}
