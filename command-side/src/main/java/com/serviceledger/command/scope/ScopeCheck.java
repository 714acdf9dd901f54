package com.serviceledger.command.scope;

import com.serviceledger.kernel.common.GroupCommand;
import com.serviceledger.kernel.common.MetadataKeys;
import com.serviceledger.kernel.common.OrgUnit;
import com.serviceledger.kernel.common.OutOfScope;
import com.serviceledger.kernel.common.SystemCommand;
import com.serviceledger.kernel.common.UnitCommand;
import com.serviceledger.platform.security.Scope;
import java.util.Arrays;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.springframework.stereotype.Component;

/**
 * The command side's one scope check: wraps every command handler (Axon picks up beans of this type), so every
 * command sent from a request passes here, on the node that handles it, with the case loaded. A command
 * without the scope in its metadata was sent by the system (a relay, a timer, the demo history) and passes as it
 * is.
 * <ul>
 *   <li>a command naming its unit ({@link UnitCommand}: a new case's target) outside the scope is refused
 *       naming the field ({@link OutOfScope}, 403);</li>
 *   <li>an existing case ({@link InUnit}) outside the scope answers as an unknown one (404), so its existence is
 *       not revealed;</li>
 *   <li>a {@link GroupCommand} takes a group-wide scope; a {@link SystemCommand} never comes from a request;</li>
 *   <li>a handler with no unit to check fails closed: refused, whatever the scope.</li>
 * </ul>
 */
@Component
public class ScopeCheck implements HandlerEnhancerDefinition {

    private static final AnnotationCommandTargetResolver TARGETS = AnnotationCommandTargetResolver.builder().build();

    @Override
    public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
        return original.canHandleMessageType(CommandMessage.class) ? new Checked<>(original) : original;
    }

    /**
     * Refuses the command unless the scope covers the units it touches.
     *
     * @param target the aggregate the handler runs on; null for a constructor
     */
    static void check(Scope scope, CommandMessage<?> command, Object target) {
        Object payload = command.getPayload();
        if (payload instanceof SystemCommand) {
            throw new IllegalStateException(command.getCommandName() + " is sent by the system, never by a user");
        }
        if (payload instanceof GroupCommand group) {
            requireGroup(scope, group.groupField());
            return;
        }
        boolean checked = false;
        if (payload instanceof UnitCommand named) {
            requireNamedUnit(scope, named);
            checked = true;
        }
        OrgUnit caseUnit = target instanceof InUnit inUnit ? inUnit.orgUnit() : null;
        if (caseUnit != null) {
            if (!scope.covers(caseUnit.subsidiaryId(), caseUnit.departmentId())) {
                // word for word what the repository throws for an id it does not know
                throw new AggregateNotFoundException(TARGETS.resolveTarget(command).getIdentifier(),
                        "The aggregate was not found in the event store");
            }
            checked = true;
        }
        if (!checked) {
            throw new IllegalStateException("No unit to check the scope of " + command.getCommandName()
                    + " against: its aggregate implements no InUnit and the command no UnitCommand");
        }
    }

    /**
     * Refuses a request's command naming a unit ({@link UnitCommand}) outside the sender's scope, before anything
     * else looks at it: the directory check runs first on the bus, and a unit outside the scope must not learn what
     * the directory holds there (an unknown department's 422 would tell). Commands the system sent pass.
     */
    public static void requireNamedUnitInScope(CommandMessage<?> command) {
        Scope scope = scopeOf(command);
        if (scope != null && command.getPayload() instanceof UnitCommand named) {
            requireNamedUnit(scope, named);
        }
    }

    private static void requireNamedUnit(Scope scope, UnitCommand named) {
        OrgUnit unit = named.orgUnit();
        if (!scope.covers(unit.subsidiaryId(), unit.departmentId())) {
            throw new OutOfScope(named.unitField(), unit.subsidiaryId()
                    + (unit.departmentId() == null ? "" : "/" + unit.departmentId()) + " is outside your scope");
        }
    }

    /**
     * Refuses a user whose scope is less than the group.
     *
     * @param field the request field the refusal names, or null
     */
    public static void requireGroup(Scope scope, String field) {
        if (!scope.group()) {
            throw new OutOfScope(field, "Only a user whose scope is the whole group may do this");
        }
    }

    /** The scope a request's command carries; null for a command the system sent. */
    static Scope scopeOf(Message<?> message) {
        Object entries = message.getMetaData().get(MetadataKeys.SCOPE);
        if (entries == null) {
            return null;
        }
        String joined = entries.toString();
        return joined.isBlank() ? Scope.NONE : Scope.of(Arrays.asList(joined.split(",")));
    }

    private static final class Checked<T> extends WrappedMessageHandlingMember<T> {

        Checked(MessageHandlingMember<T> delegate) {
            super(delegate);
        }

        @Override
        public Object handle(Message<?> message, T target) throws Exception {
            Scope scope = scopeOf(message);
            if (scope != null && message instanceof CommandMessage<?> command) {
                check(scope, command, target);
            }
            return super.handle(message, target);
        }
    }
}
