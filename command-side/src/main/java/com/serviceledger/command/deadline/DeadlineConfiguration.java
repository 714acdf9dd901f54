package com.serviceledger.command.deadline;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.serviceledger.platform.correlation.CorrelationMdcInterceptor;
import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurationScopeAwareProvider;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.DeadlineMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.deadline.dbscheduler.DbSchedulerBinaryDeadlineDetails;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManagerSupplier;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * SLA timers persist in the database (db-scheduler's {@code scheduled_tasks}), so a deadline that falls
 * due while the process is down fires after restart. Declared by hand: the db-scheduler Spring Boot
 * starter is not Boot 4 ready, and Axon's db-scheduler auto-configuration neither creates the scheduler nor
 * starts it.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DeadlineProperties.class)
public class DeadlineConfiguration {

    @Bean
    DbSchedulerDeadlineManagerSupplier deadlineManagerSupplier() {
        return new DbSchedulerDeadlineManagerSupplier();
    }

    /** Named as Axon's db-scheduler auto-configuration expects, so it does not add a second task of that name. */
    @Bean
    @Qualifier("deadlineDetailsTask")
    Task<DbSchedulerBinaryDeadlineDetails> deadlineTask(DbSchedulerDeadlineManagerSupplier supplier) {
        return DbSchedulerDeadlineManager.binaryTask(supplier);
    }

    /** Started and stopped by the deadline manager, inside Axon's lifecycle. */
    @Bean(destroyMethod = "")
    Scheduler deadlineScheduler(DataSource dataSource, List<Task<?>> tasks, DeadlineProperties properties,
                                Clock clock) {
        // transaction-aware: a timer set by a command is stored in the command's own transaction, together
        // with its events, instead of one commit per timer beside it
        return Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), tasks)
                .pollingInterval(properties.pollingInterval())
                .threads(properties.threads())
                // timers fall due on domain time, like every other decision (and a simulated clock, too)
                .clock(clock::instant)
                .build();
    }

    @Bean
    DeadlineManager deadlineManager(Scheduler scheduler, org.axonframework.config.Configuration axon,
                                    Serializer serializer, TransactionManager transactionManager,
                                    DbSchedulerDeadlineManagerSupplier supplier,
                                    List<CorrelationDataProvider> correlationDataProviders) {
        DbSchedulerDeadlineManager manager = DbSchedulerDeadlineManager.builder()
                .scheduler(scheduler)
                .scopeAwareProvider(new ConfigurationScopeAwareProvider(axon))
                .serializer(serializer)
                .transactionManager(transactionManager)
                .startScheduler(true)
                .stopScheduler(true)
                .build();
        supplier.set(manager);
        carryMessageOrigin(manager, correlationDataProviders);
        return manager;
    }

    /**
     * A timer's events must say who and what started it, as every event does. The deadline manager keeps
     * neither by itself: the timer takes the scheduling command's correlation data along, and its
     * handling derives the events' metadata from it (causation = the timer).
     */
    private static void carryMessageOrigin(DeadlineManager manager, List<CorrelationDataProvider> providers) {
        MessageDispatchInterceptor<DeadlineMessage<?>> fromScheduler = messages -> (index, message) ->
                CurrentUnitOfWork.isStarted()
                        ? message.andMetaData(CurrentUnitOfWork.get().getCorrelationData()) : message;
        manager.registerDispatchInterceptor(fromScheduler);
        MessageHandlerInterceptor<DeadlineMessage<?>> toEvents = (unitOfWork, chain) -> {
            providers.forEach(unitOfWork::registerCorrelationDataProvider);
            return chain.proceed();
        };
        manager.registerHandlerInterceptor(toEvents);
        // and its log lines carry the scheduling request's correlation id, as the command's did
        manager.registerHandlerInterceptor(new CorrelationMdcInterceptor());
    }
}
