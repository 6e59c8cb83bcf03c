package io.crosscheck.engine.load;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What the binder needs of a config record, read by reflection once per record class: every step of a plan binds
 * the same few records, and a component's annotations are parsed again by every fresh {@link RecordComponent}.
 *
 * @param components all components, in declaration order (not to be changed)
 * @param byKey      the components that are keys, by YAML key
 * @param others     the {@code OtherKeys} components, each with the keys it takes
 */
record RecordShape(RecordComponent[] components, Map<String, RecordComponent> byKey,
                   Map<RecordComponent, Others> others, Constructor<?> constructor) {

    /** The keys an {@code OtherKeys} component takes: {@code names} for suggestions, {@code takes} to decide. */
    record Others(Set<String> names, Predicate<String> takes) {
    }

    private static final ClassValue<RecordShape> SHAPES = new ClassValue<>() {
        @Override
        protected RecordShape computeValue(Class<?> type) {
            return read(type);
        }
    };

    static RecordShape of(Class<? extends Record> type) {
        return SHAPES.get(type);
    }

    /** The YAML keys of the record, in declaration order. */
    List<String> keys() {
        return List.copyOf(byKey.keySet());
    }

    private static RecordShape read(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        Map<String, RecordComponent> byKey = new LinkedHashMap<>();
        Map<RecordComponent, Others> others = new LinkedHashMap<>();
        for (RecordComponent c : components) {
            if (ConfigComponents.isOthers(c)) {
                Set<String> names = ConfigComponents.names(c);
                others.put(c, new Others(names, ConfigComponents.takes(c, names)));
            } else if (!ConfigComponents.isPosition(c)) byKey.put(ConfigComponents.keyOf(c), c);
        }
        try {
            Constructor<?> constructor = type.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            constructor.setAccessible(true);
            return new RecordShape(components, Collections.unmodifiableMap(byKey), Collections.unmodifiableMap(others),
                    constructor);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + type.getName(), e);
        }
    }
}
