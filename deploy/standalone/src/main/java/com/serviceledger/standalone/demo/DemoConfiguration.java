package com.serviceledger.standalone.demo;

import com.github.kagkarlsson.scheduler.Scheduler;
import java.time.Clock;
import javax.sql.DataSource;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/** The standalone system's clock and its demo data. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DemoHistoryProperties.class)
public class DemoConfiguration {

    /**
     * Domain time for both sides. Axon stamps events from its own static clock, so that one is pointed here
     * too: a simulated event then carries its simulated moment.
     */
    @Bean
    @Primary
    SimulationClock simulationClock() {
        SimulationClock clock = new SimulationClock(Clock.systemUTC());
        GenericEventMessage.clock = clock;
        return clock;
    }

    @Bean
    DemoGate demoGate(SimulationClock clock) {
        return new DemoGate(clock);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "serviceledger.demo.enabled", havingValue = "true")
    static class DemoData {

        @Bean
        DemoOrganisation demoOrganisation(CommandGateway commands) {
            return new DemoOrganisation(commands);
        }

        @Bean
        DemoHistory demoHistory(CommandGateway commands, EventStore events, SimulationClock clock,
                                DemoOrganisation organisation, DemoHistoryProperties properties,
                                Scheduler deadlineScheduler, DataSource dataSource) {
            return new DemoHistory(commands, events, clock, organisation, properties,
                    new DueTimers(deadlineScheduler, dataSource, clock));
        }

        @Bean
        DemoStartup demoStartup(DemoOrganisation organisation, DemoHistory history, DemoHistoryProperties properties) {
            return new DemoStartup(organisation, history, properties);
        }
    }
}
