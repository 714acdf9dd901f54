package com.serviceledger.kernel.incident;

/**
 * What an emergency plan lays down (000 §8 (一): 應急處置流程、責任分工、資源調配; 001 §7 (一) 2: 應急組織機構).
 *
 * @param procedure    the response procedure and measures (應急處置流程、應急處理措施)
 * @param duties       who does what (責任分工)
 * @param resources    what is drawn on and from where (資源調配)
 * @param organisation the emergency organisation (應急組織機構)
 */
public record PlanContent(String procedure, String duties, String resources, String organisation) {
}
