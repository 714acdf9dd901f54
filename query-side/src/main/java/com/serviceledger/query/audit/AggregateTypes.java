package com.serviceledger.query.audit;

import com.serviceledger.command.complaint.Complaint;
import com.serviceledger.command.improvement.ImprovementAction;
import com.serviceledger.command.incident.EmergencyPlan;
import com.serviceledger.command.incident.Incident;
import com.serviceledger.command.inspection.Inspection;
import com.serviceledger.command.inspection.QualityMonth;
import com.serviceledger.command.inspection.Rectification;
import com.serviceledger.command.organisation.StaffMember;
import com.serviceledger.command.organisation.Subsidiary;
import com.serviceledger.command.policy.SubsidiaryPolicy;
import com.serviceledger.command.satisfaction.SatisfactionRating;
import com.serviceledger.command.scoring.Scorecard;
import com.serviceledger.command.scoring.StaffRecord;
import com.serviceledger.command.scoring.StarBoard;
import com.serviceledger.command.servicerequest.ServiceRequest;
import java.lang.reflect.Executable;
import java.lang.reflect.Parameter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.axonframework.common.Priority;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.ClasspathParameterResolverFactory;
import org.axonframework.messaging.annotation.MultiParameterResolverFactory;
import org.axonframework.messaging.annotation.ParameterResolver;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.modelling.command.inspection.AggregateModel;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;

/**
 * The command side's aggregate classes by the type the event store records for them, each inspected by Axon
 * exactly as its repository inspects it (event-sourcing handlers, aggregate members). No Spring needed.
 */
public final class AggregateTypes {

    /** Every event-sourced aggregate of the command side; a new one must be added here to be replayable. */
    static final List<Class<?>> COMMAND_SIDE = List.of(Complaint.class, ServiceRequest.class, Inspection.class,
            Rectification.class, QualityMonth.class, Scorecard.class, StaffRecord.class, StarBoard.class,
            SubsidiaryPolicy.class, Subsidiary.class, StaffMember.class, SatisfactionRating.class,
            ImprovementAction.class, EmergencyPlan.class, Incident.class);

    /**
     * Command and deadline handlers ask for the command side's services (clock, policies, deadline manager),
     * which a replay does not have and never needs: it only applies events. Consulted last, after Axon's own
     * resolvers, so an event-sourcing handler's parameters resolve as on the command side.
     */
    @Priority(Priority.LAST)
    private static final class NotInAReplay implements ParameterResolverFactory {

        @Override
        public ParameterResolver<Object> createInstance(Executable executable, Parameter[] parameters, int index) {
            return new ParameterResolver<>() {
                @Override
                public Object resolveParameterValue(Message<?> message) {
                    throw new IllegalStateException("A replay applies events only; " + executable + " needs "
                            + parameters[index].getType().getName() + " of the command side");
                }

                @Override
                public boolean matches(Message<?> message) {
                    return true;
                }
            };
        }
    }

    private final Map<String, AggregateModel<?>> byType = new LinkedHashMap<>();

    public AggregateTypes() {
        this(COMMAND_SIDE);
    }

    AggregateTypes(List<Class<?>> aggregateClasses) {
        aggregateClasses.forEach(this::register);
    }

    private <T> void register(Class<T> aggregateClass) {
        AggregateModel<T> model = AnnotatedAggregateMetaModelFactory.inspectAggregate(aggregateClass,
                MultiParameterResolverFactory.ordered(ClasspathParameterResolverFactory.forClass(aggregateClass),
                        new NotInAReplay()));
        byType.put(model.type(), model);
    }

    /** The model of the aggregate the store records as {@code type} (its simple class name by default). */
    public Optional<AggregateModel<?>> model(String type) {
        return Optional.ofNullable(byType.get(type));
    }

    public Set<String> types() {
        return Collections.unmodifiableSet(byType.keySet());
    }
}
