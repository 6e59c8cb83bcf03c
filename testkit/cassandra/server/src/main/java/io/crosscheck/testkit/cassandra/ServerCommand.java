package io.crosscheck.testkit.cassandra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The command line of a Cassandra 5.0 server JVM: JDK 17, every JVM flag it needs, no memory locking as root. */
final class ServerCommand {
    private static final String ALL = "ALL-UNNAMED";
    private static final List<String> EXPORTS = List.of(
            "java.base/jdk.internal.misc", "java.base/jdk.internal.ref", "java.base/sun.nio.ch",
            "java.base/java.lang.ref", "java.management.rmi/com.sun.jmx.remote.internal.rmi",
            "java.rmi/sun.rmi.registry", "java.rmi/sun.rmi.server", "java.sql/java.sql",
            "jdk.unsupported/sun.misc", "jdk.compiler/com.sun.tools.javac.file", "jdk.attach/sun.tools.attach");
    private static final List<String> OPENS = List.of(
            "java.base/java.lang.module", "java.base/jdk.internal.loader", "java.base/jdk.internal.ref",
            "java.base/jdk.internal.reflect", "java.base/jdk.internal.math", "java.base/jdk.internal.module",
            "java.base/jdk.internal.util.jar", "jdk.management/com.sun.management.internal", "java.base/sun.nio.ch",
            "java.base/java.io", "java.base/java.nio", "java.base/java.util.concurrent",
            "java.base/java.util.concurrent.atomic", "java.base/java.lang.reflect", "java.base/java.math",
            "java.base/java.net", "jdk.compiler/com.sun.tools.javac", "java.base/java.lang", "java.base/java.util");

    private ServerCommand() {
    }

    static List<String> build(Path java, Path dir, String classpath) {
        List<String> cmd = new ArrayList<>(setpriv());
        cmd.add(java.toString());
        cmd.addAll(List.of("-ea", "-da:net.openhft...", "-Xss256k", "-Xms512m", "-Xmx512m", "-XX:+UseSerialGC",
                "-XX:+PerfDisableSharedMem", "-Djava.net.preferIPv4Stack=true", "-Djdk.attach.allowAttachSelf=true",
                "-Dio.netty.tryReflectionSetAccessible=true", "-Dio.netty.allocator.useCacheForAllThreads=true",
                "-Dio.netty.allocator.maxOrder=11"));
        EXPORTS.forEach(p -> cmd.addAll(List.of("--add-exports", p + "=" + ALL)));
        OPENS.forEach(p -> cmd.addAll(List.of("--add-opens", p + "=" + ALL)));
        cmd.addAll(List.of("-Dcassandra.skip_wait_for_gossip_to_settle=0", "-Dcassandra.ring_delay_ms=1000",
                "-Dcassandra.load_ring_state=false", "-Dcassandra.superuser_setup_delay_ms=0",
                "-Dcassandra-foreground=yes", "-Dcassandra.unsafesystem=true",
                "-Dcassandra.config=" + dir.resolve("conf/cassandra.yaml").toUri(),
                "-Dlogback.configurationFile=" + dir.resolve("conf/logback.xml"),
                "-Dcassandra.logdir=" + dir.resolve("logs"), "-Dcassandra.storagedir=" + dir,
                "-cp", classpath, "org.apache.cassandra.service.CassandraDaemon"));
        return cmd;
    }

    /**
     * {@code setpriv} in front of java: the server dies with the test JVM ({@code --pdeathsig KILL}), and as root it
     * loses CAP_IPC_LOCK so Cassandra does not {@code mlockall} (1.5 GB resident instead of ~0.5 GB).
     */
    private static List<String> setpriv() {
        Path setpriv = Path.of("/usr/bin/setpriv");
        if (!Files.isExecutable(setpriv)) {
            return List.of();
        }
        List<String> prefix = new ArrayList<>(List.of(setpriv.toString(), "--pdeathsig", "KILL"));
        if (isRoot()) {
            prefix.addAll(List.of("--bounding-set=-ipc_lock", "--inh-caps=-ipc_lock"));
        }
        return prefix;
    }

    private static boolean isRoot() {
        try {
            return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
        } catch (IOException | UnsupportedOperationException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

    /** A JDK 17: Cassandra 5.0 dies on newer JDKs (no Security Manager) and the test JVM may run on one. */
    static Path java() {
        String home = System.getenv("CASSANDRA_JAVA_HOME");
        if (home == null || home.isBlank()) {
            home = System.getProperty("crosscheck.cassandra.javaHome", "");
        }
        if (home.isBlank() && Runtime.version().feature() == 17) {
            home = System.getProperty("java.home");
        }
        if (home.isBlank()) {
            home = "/usr/lib/jvm/java-17-openjdk-amd64";
        }
        Path java = Path.of(home, "bin", "java");
        if (!Files.isExecutable(java)) {
            throw new IllegalStateException("Cassandra 5.0 needs a JDK 17 and none was found at " + home
                    + "; set CASSANDRA_JAVA_HOME to a JDK 17 (e.g. apt-get install openjdk-17-jdk-headless)");
        }
        return java;
    }
}
