package com.serviceledger.command.api;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Cases with a customer, received over HTTP, for the privacy tests. */
final class CustomerCases {

    private CustomerCases() {
    }

    /** A complaint of {@code name}, with {@code email} unless null; its id. */
    static String receiveComplaint(WebTestClient http, String name, String phone, String email) {
        return receiveComplaint(http, name, phone, email, "Invoice printed twice");
    }

    /** The same with this content; its id. */
    static String receiveComplaint(WebTestClient http, String name, String phone, String email, String content) {
        String customer = "{\"name\":\"" + name + "\",\"phone\":\"" + phone + "\""
                + (email == null ? "" : ",\"email\":\"" + email + "\"") + "}";
        return http.post().uri("/api/complaints").contentType(MediaType.APPLICATION_JSON).bodyValue("""
                        {"channel":"HOTLINE","customer":%s,"content":"%s","demand":"Refund",
                         "target":{"subsidiaryId":"sub-1","departmentId":"dept-billing"},"urgency":"NORMAL"}"""
                        .formatted(customer, content))
                .exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("complaintId").toString();
    }

    /** A service request of {@code name}; its id. */
    static String receiveServiceRequest(WebTestClient http, String name, String phone) {
        return http.post().uri("/api/service-requests").contentType(MediaType.APPLICATION_JSON).bodyValue("""
                        {"channel":"ON_SITE","customer":{"name":"%s","phone":"%s"},
                         "category":"BUSINESS_ASSISTANCE","description":"Open a weighbridge account",
                         "target":{"subsidiaryId":"sub-1","departmentId":"dept-sales","postId":"weighbridge"}}"""
                        .formatted(name, phone))
                .exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("serviceRequestId").toString();
    }

    /** 11 digits of which no 7 in a row are likely anywhere else in the store. */
    static String uniquePhone() {
        return "13" + IntStream.range(0, 9).mapToObj(i -> String.valueOf(ThreadLocalRandom.current().nextInt(10)))
                .collect(Collectors.joining());
    }
}
