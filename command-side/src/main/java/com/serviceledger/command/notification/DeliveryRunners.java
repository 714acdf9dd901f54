package com.serviceledger.command.notification;

import com.serviceledger.kernel.notification.NotificationChannel;
import java.util.List;
import org.springframework.context.SmartLifecycle;

/** The senders' runners, started after the context is up and stopped before the database goes. */
public class DeliveryRunners implements SmartLifecycle {

    private final List<DeliveryRunner> runners;
    private volatile boolean running;

    DeliveryRunners(List<DeliveryRunner> runners) {
        this.runners = List.copyOf(runners);
    }

    @Override
    public void start() {
        runners.forEach(DeliveryRunner::start);
        running = true;
    }

    @Override
    public void stop() {
        runners.forEach(DeliveryRunner::stop);
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** The channels with a sender here. */
    public List<NotificationChannel> channels() {
        return runners.stream().map(DeliveryRunner::channel).toList();
    }
}
