package com.serviceledger.standalone.demo;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.task.SimpleAsyncTaskExecutor;

/**
 * On the first start: the demo organisation, and when asked for, the simulated months before today. The
 * history runs beside the started server (it takes a minute or two); meanwhile {@link DemoGate} holds
 * off commands, which would otherwise be stamped with simulated time.
 */
class DemoStartup implements ApplicationListener<ApplicationReadyEvent> {

    private final DemoOrganisation organisation;
    private final DemoHistory history;
    private final DemoHistoryProperties properties;

    DemoStartup(DemoOrganisation organisation, DemoHistory history, DemoHistoryProperties properties) {
        this.organisation = organisation;
        this.history = history;
        this.properties = properties;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        if (properties.historyDays() <= 0) {
            organisation.seed();
            return;
        }
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("demo-history-");
        executor.execute(history::generate);
    }
}
