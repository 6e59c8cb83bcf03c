package io.crosscheck.steps.kafka;

import io.crosscheck.engine.spi.step.StepContext;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders the records of one produce step. A part without {@code ${...}} is rendered once and reused; the others
 * are rendered for each record with {@code index} (0-based) in scope. Maps and lists are sent as JSON text.
 */
final class RecordTemplate {
    private final StepContext ctx;
    private final String topic;
    private final Part key;
    private final Part value;
    private final Part headers;
    private final Part partition;
    /** One span per produce step: every record of it carries the same trace headers unless its own headers set them. */
    private final Map<String, String> trace;

    RecordTemplate(StepContext ctx, String topic, ProduceConfig config) {
        this.ctx = ctx;
        this.topic = topic;
        this.trace = ctx.scenario().trace().headers();
        this.key = new Part(config.key());
        this.value = new Part(config.value());
        this.headers = new Part(config.headers().isEmpty() ? null : config.headers());
        this.partition = new Part(config.partition());
    }

    @SuppressWarnings("unchecked")
    ProducerRecord<byte[], byte[]> record(int index) {
        Integer p = (Integer) partition.derived(index, r -> WholeNumbers.read(r, "partition"));
        return new ProducerRecord<>(topic, p, null, (byte[]) key.derived(index, this::bytes),
                (byte[]) value.derived(index, this::bytes), (List<Header>) headers.derived(index, this::headerList));
    }

    /** Partition of record {@code index} as rendered, null when the producer picks it. */
    Integer partition(int index) {
        return WholeNumbers.read(partition.rendered(index), "partition");
    }

    /** What record {@code index} looks like, for the report: its key, value, headers and partition as sent. */
    Map<String, Object> describe(int index) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("topic", topic);
        out.put("key", text(key.rendered(index)));
        out.put("value", value.rendered(index));
        Map<Object, Object> h = new LinkedHashMap<>(trace);
        if (headers.rendered(index) instanceof Map<?, ?> own) h.putAll(own);
        out.put("headers", h);
        Object p = partition.rendered(index);
        if (p != null) out.put("partition", p);
        return out;
    }

    private byte[] bytes(Object rendered) {
        String text = text(rendered);
        return text == null ? null : text.getBytes(StandardCharsets.UTF_8);
    }

    private String text(Object rendered) {
        if (rendered == null) return null;
        if (rendered instanceof String s) return s;
        if (rendered instanceof Map<?, ?> || rendered instanceof Collection<?>) return ctx.toJson(rendered);
        return String.valueOf(rendered);
    }

    private List<Header> headerList(Object rendered) {
        Map<?, ?> map = rendered instanceof Map<?, ?> m ? m : Map.of();
        List<Header> out = new java.util.ArrayList<>(map.size() + trace.size());
        trace.forEach((k, v) -> { if (!map.containsKey(k)) out.add(new RecordHeader(k, bytes(v))); });
        for (Map.Entry<?, ?> e : map.entrySet()) out.add(new RecordHeader(String.valueOf(e.getKey()), bytes(e.getValue())));
        return List.copyOf(out);
    }

    /** One part of the record: a template, and its rendering (and bytes) when it does not depend on the record. */
    private final class Part {
        private final Object template;
        private final boolean fixed;
        private Object once;
        private boolean done;
        private Object derivedOnce;
        private boolean derivedDone;

        Part(Object template) {
            this.template = template;
            this.fixed = !hasTemplate(template);
        }

        Object rendered(int index) {
            if (template == null) return null;
            if (!fixed) return ctx.render(template, Map.of("index", index));
            if (!done) {
                once = ctx.render(template);
                done = true;
            }
            return once;
        }

        /** {@code convert} applied to the rendering; computed once for a part that does not depend on the record. */
        Object derived(int index, java.util.function.Function<Object, Object> convert) {
            if (!fixed) return convert.apply(rendered(index));
            if (!derivedDone) {
                derivedOnce = convert.apply(rendered(index));
                derivedDone = true;
            }
            return derivedOnce;
        }
    }

    static boolean hasTemplate(Object template) {
        if (template instanceof String s) return s.contains("${");
        if (template instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (hasTemplate(e.getKey()) || hasTemplate(e.getValue())) return true;
            }
            return false;
        }
        if (template instanceof List<?> l) return l.stream().anyMatch(RecordTemplate::hasTemplate);
        return false;
    }

}
