package com.serviceledger.command.axonserver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.serviceledger.command.idempotency.AlreadyProcessed;
import com.serviceledger.kernel.common.InvalidInput;
import com.serviceledger.kernel.common.OutOfOrder;
import com.serviceledger.kernel.common.RuleViolation;
import com.serviceledger.platform.axon.SerializerConfiguration;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A refusal survives the trip through Axon Server: the handling node's interceptor wraps it with details, the
 * details go through the message serializer as the connector sends them, and the sending node rebuilds the
 * same refusal from a {@link CommandExecutionException} that holds nothing else (as the connector builds it).
 */
class RemoteRejectionsTest {

    private final RemoteRejections interceptor = new RemoteRejections();
    private final Serializer wire = JacksonSerializerOfMessages.INSTANCE;

    @Test
    void anOutOfOrderCommandIsStillOutOfOrderOnTheSendingNode() {
        Throwable received = overTheWire(handledThrowing(new OutOfOrder("resolve before contact")));

        assertThat(received).isInstanceOf(OutOfOrder.class).hasMessage("resolve before contact");
    }

    @Test
    void aRuleViolationKeepsItsField() {
        Throwable received = overTheWire(handledThrowing(new RuleViolation("handlerId", "urgent only")));

        assertThat(received).isInstanceOf(RuleViolation.class).hasMessage("urgent only");
        assertThat(((RuleViolation) received).field()).isEqualTo("handlerId");
    }

    @Test
    void anInvalidInputKeepsItsField() {
        Throwable received = overTheWire(handledThrowing(new InvalidInput("Idempotency-Key", "bad key")));

        assertThat(((InvalidInput) received).field()).isEqualTo("Idempotency-Key");
    }

    @Test
    void anIdempotencyReplayKeepsWhoseKeyItWas() {
        Throwable received = overTheWire(handledThrowing(new AlreadyProcessed("agent", "first-try-1")));

        assertThat(received).isInstanceOf(AlreadyProcessed.class);
        assertThat(((AlreadyProcessed) received).principal()).isEqualTo("agent");
        assertThat(((AlreadyProcessed) received).key()).isEqualTo("first-try-1");
    }

    @Test
    void inOneJvmTheRefusalIsTheCauseItself() {
        OutOfOrder refusal = new OutOfOrder("too early");

        assertThat(RemoteRejections.unwrap(handledThrowing(refusal))).isSameAs(refusal);
    }

    @Test
    void otherFailuresPassUnchanged() {
        IllegalStateException bug = new IllegalStateException("bug");
        assertThatThrownBy(() -> interceptor.handle(unitOfWork(), failingWith(bug))).isSameAs(bug);

        CommandExecutionException remoteBug = new CommandExecutionException("bug", null, null);
        assertThat(RemoteRejections.unwrap(remoteBug)).isSameAs(remoteBug);
    }

    private CommandExecutionException handledThrowing(RuntimeException refusal) {
        try {
            interceptor.handle(unitOfWork(), failingWith(refusal));
        } catch (CommandExecutionException wrapped) {
            return wrapped;
        } catch (Exception other) {
            throw new AssertionError("expected the refusal wrapped, got " + other, other);
        }
        throw new AssertionError("the handler's failure was swallowed");
    }

    /** What the sending node gets: the message and the serialized details, never the exception itself. */
    private Throwable overTheWire(CommandExecutionException handled) {
        SerializedObject<byte[]> details = wire.serialize(handled.getDetails().orElseThrow(), byte[].class);
        Object received = wire.deserialize(details);
        return RemoteRejections.unwrap(new CommandExecutionException(handled.getMessage(), null, received));
    }

    /**
     * The units of work started here stay on the test thread until ended: a later aggregate fixture on the same
     * thread would nest its deadlines' units in them and read a stream cut short.
     */
    @AfterEach
    void endTheUnitsOfWork() {
        while (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().rollback();
        }
    }

    private static UnitOfWork<CommandMessage<?>> unitOfWork() {
        return DefaultUnitOfWork.startAndGet(GenericCommandMessage.asCommandMessage("a command"));
    }

    private static InterceptorChain failingWith(RuntimeException failure) {
        return () -> {
            throw failure;
        };
    }

    /** The message serializer both sides use (Axon's Jackson 2 mapper). */
    private static final class JacksonSerializerOfMessages {
        static final Serializer INSTANCE = org.axonframework.serialization.json.JacksonSerializer.builder()
                .objectMapper(SerializerConfiguration.axonObjectMapper()).build();
    }
}
