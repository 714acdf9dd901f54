package com.serviceledger.faults;

/**
 * One fault scenario of the run: injects its faults under {@link RecordingLoad}, then checks the store
 * ({@link StoreCheck}) and the views ({@link ViewCheck}). Implementations are found with
 * {@link java.util.ServiceLoader} (listed in {@code META-INF/services/com.serviceledger.faults.Scenario}), so a
 * new scenario is one class and one line there; {@code --scenarios} selects them by {@link #name()}.
 */
public interface Scenario {

    /** The name {@code --scenarios=} selects it by, e.g. {@code standalone-kill}. */
    String name();

    ScenarioResult run(FaultOptions options) throws Exception;
}
