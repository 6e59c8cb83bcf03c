package io.crosscheck.engine.run;

/** A value made once, on first use: the run's layers, rendered only for a scenario that uses a fragment. */
final class Memo<T> implements java.util.function.Supplier<T> {
    private final java.util.function.Supplier<T> make;
    private T value;

    Memo(java.util.function.Supplier<T> make) {
        this.make = make;
    }

    @Override
    public synchronized T get() {
        if (value == null) value = make.get();
        return value;
    }
}
