package io.crosscheck.steps.sql;

import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Finds the JDBC driver for a URL where the user put it: the thread context class loader first (the CLI sets it
 * to a loader over the jars in {@code lib/} and {@code --classpath}), then this module's own class path.
 * {@link DriverManager} alone would not do: it only hands out drivers visible to the caller's class loader.
 */
final class DriverLocator {
    private DriverLocator() {
    }

    static Driver find(String url, String driverClassName) throws SQLException {
        ClassLoader tccl = Thread.currentThread().getContextClassLoader();
        ClassLoader loader = tccl != null ? tccl : DriverLocator.class.getClassLoader();
        if (driverClassName != null && !driverClassName.isBlank()) {
            return instantiate(driverClassName, loader);
        }
        Driver found = search(url, ServiceLoader.load(Driver.class, loader).iterator());
        if (found == null && loader != DriverLocator.class.getClassLoader()) {
            found = search(url, ServiceLoader.load(Driver.class, DriverLocator.class.getClassLoader()).iterator());
        }
        if (found != null) return found;
        try {
            return DriverManager.getDriver(url);
        } catch (SQLException e) {
            throw new SQLException("no JDBC driver accepts " + url + ": put the driver's jar into lib/ beside the"
                    + " scenarios (or pass --classpath), or set driverClassName", "08001");
        }
    }

    private static Driver search(String url, Iterator<Driver> drivers) throws SQLException {
        while (true) {
            Driver d;
            try {
                if (!drivers.hasNext()) return null;
                d = drivers.next();
            } catch (ServiceConfigurationError broken) {
                continue; // a jar with a stale service entry must not hide the others
            }
            if (d.acceptsURL(url)) return d;
        }
    }

    private static Driver instantiate(String className, ClassLoader loader) throws SQLException {
        try {
            Class<?> type = Class.forName(className, true, loader);
            return (Driver) type.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new SQLException("cannot load JDBC driver " + className + " (" + e + "): put its jar into lib/"
                    + " beside the scenarios or pass --classpath", "08001", e);
        }
    }
}
