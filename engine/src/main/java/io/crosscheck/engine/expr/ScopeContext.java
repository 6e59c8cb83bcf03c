package io.crosscheck.engine.expr;

import org.apache.commons.jexl3.JexlContext;

/** The JEXL view of a {@link Scope}, with the built-in functions as the namespace without prefix. */
final class ScopeContext implements JexlContext, JexlContext.NamespaceResolver {
    private final Scope scope;
    private final Secrets secrets;
    private Functions functions;

    ScopeContext(Scope scope, Secrets secrets) {
        this.scope = scope;
        this.secrets = secrets;
    }

    @Override
    public Object get(String name) {
        return scope.get(name);
    }

    @Override
    public void set(String name, Object value) {
        throw new ExpressionException("expressions cannot assign variables; use save: to keep a value");
    }

    @Override
    public boolean has(String name) {
        return scope.has(name);
    }

    @Override
    public Object resolveNamespace(String name) {
        if (name != null) return null;
        if (functions == null) functions = new Functions(this, secrets);
        return functions;
    }
}
