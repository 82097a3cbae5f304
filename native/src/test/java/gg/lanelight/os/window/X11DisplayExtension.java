package gg.lanelight.os.window;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Skips X11 tests with a message when DISPLAY is unset, and hands each test its own {@link X11TestDisplay}, closed
 * (with every window it created) after the test: JUnit closes AutoCloseable values it stores.
 */
final class X11DisplayExtension implements ExecutionCondition, ParameterResolver {
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return X11TestDisplay.isDisplaySet()
                ? ConditionEvaluationResult.enabled("DISPLAY is set")
                : ConditionEvaluationResult.disabled("DISPLAY is not set: run under scripts/test or Xvfb");
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == X11TestDisplay.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        X11TestDisplay display = new X11TestDisplay();
        context.getStore(ExtensionContext.Namespace.create(X11DisplayExtension.class))
                .put(display, display);
        return display;
    }
}
