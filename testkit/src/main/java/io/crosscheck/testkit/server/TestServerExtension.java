package io.crosscheck.testkit.server;

import java.util.function.Function;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The JUnit 5 side of a {@link TestServer}, shared by every testkit server: before a test class it begins the
 * server's start (in the background, so servers listed together boot side by side) and ties its stop to the end
 * of the test run (the root context's store); a parameter of the server's type (constructor, lifecycle or test
 * method) waits until it serves. Each server's extension is this class with its own {@link TestServer}.
 */
public abstract class TestServerExtension<S extends AutoCloseable> implements BeforeAllCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(TestServerExtension.class);

    private final TestServer<S> server;
    private final Class<?> parameterType;
    private final Function<S, ?> parameter;

    /** Resolves parameters of the server's own type. */
    protected TestServerExtension(TestServer<S> server) {
        this(server, server.type(), s -> s);
    }

    /** Resolves parameters of type {@code parameterType}, made from the server by {@code parameter}. */
    protected <P> TestServerExtension(TestServer<S> server, Class<P> parameterType, Function<S, P> parameter) {
        this.server = server;
        this.parameterType = parameterType;
        this.parameter = parameter;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        started(server, context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == parameterType;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return this.parameter.apply(started(server, context).get());
    }

    /** Begins {@code server}'s start and has the run's root context stop it when the run ends. */
    protected static <S extends AutoCloseable> TestServer<S> started(TestServer<S> server, ExtensionContext context) {
        server.starting();
        context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(server,
                k -> (AutoCloseable) server::close);
        return server;
    }
}
