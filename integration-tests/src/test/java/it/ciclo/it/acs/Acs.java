package it.ciclo.it.acs;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The JUnit extension that gives a test class the run's one {@link AcsServer} and, to a test that
 * asks for it, the run's one {@link ShareServer}: each started for the first test that needs it and
 * stopped when the whole run ends (they live in the root context's store, which closes them).
 */
public final class Acs implements BeforeAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Acs.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        acs(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == AcsServer.class || type == ShareServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        if (parameter.getParameter().getType() == ShareServer.class) {
            AcsServer acs = acs(context);
            return context.getRoot().getStore(NAMESPACE)
                    .getOrComputeIfAbsent(ShareServer.class, k -> ShareServer.startForTests(acs), ShareServer.class);
        }
        return acs(context);
    }

    private static AcsServer acs(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(AcsServer.class, k -> AcsServer.startForTests(), AcsServer.class);
    }
}
