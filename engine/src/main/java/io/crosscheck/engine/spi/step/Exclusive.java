package io.crosscheck.engine.spi.step;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Keys of a config record that exclude each other, in groups: no two keys of different groups in one map
 * ({@code "json", "body", "form", "multipart"}: one body at most; {@code "q fq rows", "add commit"}: a search or a
 * change). The binder reports {@link #says} at the first key of the group listed first (the one to move to another
 * step), or at the map with {@link #atMap}; the schema states the same rule.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Exclusive {
    /** The groups, each its keys separated by spaces. */
    String[] value();

    /** The problem as the user reads it, e.g. {@code a call has at most one of json, body, form, multipart}. */
    String says();

    /** Report at the map, not at a key: no group is the one to move ({@code auth} takes one scheme). */
    boolean atMap() default false;

    /** One group must be present: with none the binder reports {@link #says} at the map too. */
    boolean required() default false;
}
