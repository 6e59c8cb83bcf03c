package io.crosscheck.engine.spi.step;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Keys of a config record that are written all or none ({@code "cert key"}: a client certificate and its private
 * key). The binder reports {@link #says} at the map when only some are present; the schema states the same rule.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Together {
    /** The keys, separated by spaces. */
    String value();

    /** The problem as the user reads it, e.g. {@code tls needs cert and key together}. */
    String says();
}
