package com.serviceledger.command.scope;

import static org.assertj.core.api.Assertions.assertThat;

import com.serviceledger.kernel.common.GroupCommand;
import com.serviceledger.kernel.common.SystemCommand;
import com.serviceledger.kernel.common.UnitCommand;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.CreationPolicy;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * Every command handler of the command side says where its command acts, so the scope check never lets a
 * request's command through unchecked: a new aggregate or handler without a unit fails here (and, should this
 * test be bypassed, is refused at run time: see {@link ScopeCheckTest}).
 */
class CommandHandlerUnitsTest {

    @Test
    void everyCommandHandlerHasAUnitToCheckTheScopeAgainst() {
        List<Class<?>> handlers = handlerClasses();
        assertThat(handlers).hasSizeGreaterThanOrEqualTo(12);
        assertThat(handlers.stream().flatMap(type -> withoutUnit(type).stream())).isEmpty();
    }

    @Test
    void anAggregateThatDeclaresNoUnitIsFound() {
        assertThat(withoutUnit(ScopeCheckTest.Unplaced.class)).singleElement().asString().contains("Place");
    }

    /** The aggregates and components that handle commands (test classes aside: they carry no stereotype). */
    static List<Class<?>> handlerClasses() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(org.axonframework.spring.stereotype.Aggregate.class));
        scanner.addIncludeFilter(new AnnotationTypeFilter(Component.class));
        return scanner.findCandidateComponents("com.serviceledger").stream().map(BeanDefinition::getBeanClassName)
                .<Class<?>>map(name -> ClassUtils.resolveClassName(name, null))
                .filter(type -> !handlers(type).isEmpty())
                .toList();
    }

    /** The handlers of a class that nothing names a unit for, described. */
    static List<String> withoutUnit(Class<?> type) {
        List<String> missing = new ArrayList<>();
        for (Executable handler : handlers(type)) {
            Class<?> command = handler.getParameterTypes()[0];
            boolean creates = !(handler instanceof Method) || handler.isAnnotationPresent(CreationPolicy.class);
            boolean placed = UnitCommand.class.isAssignableFrom(command)
                    || GroupCommand.class.isAssignableFrom(command)
                    || SystemCommand.class.isAssignableFrom(command)
                    || !creates && InUnit.class.isAssignableFrom(type);
            if (!placed) {
                missing.add(type.getSimpleName() + " handling " + command.getSimpleName() + (creates
                        ? ": a command that creates names its unit (UnitCommand) or is GroupCommand/SystemCommand"
                        : ": the aggregate implements InUnit or the command names its unit"));
            }
        }
        return missing;
    }

    private static List<Executable> handlers(Class<?> type) {
        return Stream.concat(Stream.of(type.getDeclaredConstructors()), Stream.of(type.getDeclaredMethods()))
                .filter(handler -> handler.isAnnotationPresent(CommandHandler.class))
                .map(Executable.class::cast)
                .toList();
    }
}
