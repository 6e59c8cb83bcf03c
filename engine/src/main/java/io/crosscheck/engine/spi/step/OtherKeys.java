package io.crosscheck.engine.spi.step;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A {@code Map<String, V>} component of a config record that takes keys no other component names: the free
 * properties a client library reads (any property of the client, a driver's {@code driver.*} keys, a pool's settings
 * listed from its setters). With neither {@link #pattern} nor {@link #names} it takes every other key; with them only
 * the keys they allow, and any other key is unknown. The binder fills it; the schema describes the same keys, each
 * with the component's {@link Doc}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface OtherKeys {
    /** A regular expression the keys it takes start with ({@code driver\\.}); empty for none. */
    String pattern() default "";

    /** The names of further keys it takes, e.g. a client library's settings found by reflection. */
    Class<? extends Supplier<Set<String>>> names() default None.class;

    /** No names. */
    final class None implements Supplier<Set<String>> {
        @Override
        public Set<String> get() {
            return Set.of();
        }
    }
}
