package com.serviceledger.command.organisation;

import com.serviceledger.command.web.CommandDispatcher;
import com.serviceledger.kernel.organisation.AddDepartment;
import com.serviceledger.kernel.organisation.AddPost;
import com.serviceledger.kernel.organisation.AppointToPosition;
import com.serviceledger.kernel.organisation.AssignSupervisor;
import com.serviceledger.kernel.organisation.ChangeStaffContact;
import com.serviceledger.kernel.organisation.HireStaff;
import com.serviceledger.kernel.organisation.Language;
import com.serviceledger.kernel.organisation.RecordStaffDeparture;
import com.serviceledger.kernel.organisation.RegisterSubsidiary;
import com.serviceledger.kernel.organisation.RegisterUnitContact;
import com.serviceledger.kernel.organisation.RelieveOfPosition;
import com.serviceledger.kernel.organisation.TransferStaff;
import com.serviceledger.platform.apidocs.SuccessStatus;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** The organisation directory's commands: subsidiaries, departments, posts and staff over time. */
@RestController
@RequestMapping("/api/organisation")
class OrganisationCommandController {

    private final CommandDispatcher dispatcher;

    OrganisationCommandController(CommandDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @SuccessStatus(HttpStatus.CREATED)
    @PostMapping("/subsidiaries")
    Mono<ResponseEntity<Map<String, Object>>> register(@Valid @RequestBody OrganisationRequests.Subsidiary body,
                                                       ServerWebExchange exchange) {
        return send(new RegisterSubsidiary(body.subsidiaryId(), body.name(), body.timeZone()), body, exchange,
                HttpStatus.CREATED, "/api/organisation/subsidiaries/" + body.subsidiaryId(), "subsidiaryId",
                body.subsidiaryId());
    }

    @SuccessStatus(HttpStatus.CREATED)
    @PostMapping("/subsidiaries/{subsidiaryId}/departments")
    Mono<ResponseEntity<Map<String, Object>>> addDepartment(@PathVariable String subsidiaryId,
            @Valid @RequestBody OrganisationRequests.Department body, ServerWebExchange exchange) {
        return send(new AddDepartment(subsidiaryId, body.departmentId(), body.name(), body.kind()), body, exchange,
                HttpStatus.CREATED, null, "departmentId", body.departmentId());
    }

    @SuccessStatus(HttpStatus.CREATED)
    @PostMapping("/subsidiaries/{subsidiaryId}/posts")
    Mono<ResponseEntity<Map<String, Object>>> addPost(@PathVariable String subsidiaryId,
            @Valid @RequestBody OrganisationRequests.Post body, ServerWebExchange exchange) {
        return send(new AddPost(subsidiaryId, body.postId(), body.departmentId(), body.name()), body, exchange,
                HttpStatus.CREATED, null, "postId", body.postId());
    }

    @SuccessStatus(HttpStatus.CREATED)
    @PostMapping("/staff")
    Mono<ResponseEntity<Map<String, Object>>> hire(@Valid @RequestBody OrganisationRequests.Hire body,
                                                   ServerWebExchange exchange) {
        return send(new HireStaff(body.staffId(), body.name(), body.subsidiaryId(), body.departmentId(), body.postId(),
                        body.supervisorId(), body.groupLeaderId(), body.email(), Language.of(body.language())), body,
                exchange, HttpStatus.CREATED,
                "/api/organisation/staff/" + body.staffId(), "staffId", body.staffId());
    }

    @PostMapping("/subsidiaries/{subsidiaryId}/positions")
    Mono<ResponseEntity<Map<String, Object>>> appoint(@PathVariable String subsidiaryId,
            @Valid @RequestBody OrganisationRequests.Position body, ServerWebExchange exchange) {
        return send(new AppointToPosition(subsidiaryId, body.position(), body.staffId(), body.departmentId()), body,
                exchange, HttpStatus.OK, null, "staffId", body.staffId());
    }

    @PostMapping("/subsidiaries/{subsidiaryId}/positions/relief")
    Mono<ResponseEntity<Map<String, Object>>> relieve(@PathVariable String subsidiaryId,
            @Valid @RequestBody OrganisationRequests.Position body, ServerWebExchange exchange) {
        return send(new RelieveOfPosition(subsidiaryId, body.position(), body.staffId(), body.departmentId()), body,
                exchange, HttpStatus.OK, null, "staffId", body.staffId());
    }

    @PostMapping("/subsidiaries/{subsidiaryId}/unit-contacts")
    Mono<ResponseEntity<Map<String, Object>>> registerUnitContact(@PathVariable String subsidiaryId,
            @Valid @RequestBody OrganisationRequests.UnitContact body, ServerWebExchange exchange) {
        return send(new RegisterUnitContact(subsidiaryId, body.siteId(), body.contractorId(), body.kind(),
                body.name(), body.email(), Language.of(body.language())), body, exchange, HttpStatus.OK, null,
                "siteId", body.siteId());
    }

    @PostMapping("/staff/{staffId}/contact")
    Mono<ResponseEntity<Map<String, Object>>> changeContact(@PathVariable String staffId,
            @Valid @RequestBody OrganisationRequests.Contact body, ServerWebExchange exchange) {
        return send(new ChangeStaffContact(staffId, body.email(), Language.of(body.language())), body, exchange,
                HttpStatus.OK, null, "staffId", staffId);
    }

    @PostMapping("/staff/{staffId}/transfer")
    Mono<ResponseEntity<Map<String, Object>>> transfer(@PathVariable String staffId,
            @Valid @RequestBody OrganisationRequests.Transfer body, ServerWebExchange exchange) {
        return send(new TransferStaff(staffId, body.departmentId(), body.postId(), body.effectiveFrom()), body,
                exchange, HttpStatus.OK, null, "staffId", staffId);
    }

    @PostMapping("/staff/{staffId}/supervisor")
    Mono<ResponseEntity<Map<String, Object>>> assignSupervisor(@PathVariable String staffId,
            @Valid @RequestBody OrganisationRequests.Supervisor body, ServerWebExchange exchange) {
        return send(new AssignSupervisor(staffId, body.supervisorId(), body.groupLeaderId(), body.effectiveFrom()),
                body, exchange, HttpStatus.OK, null, "staffId", staffId);
    }

    @PostMapping("/staff/{staffId}/departure")
    Mono<ResponseEntity<Map<String, Object>>> departure(@PathVariable String staffId,
            @Valid @RequestBody OrganisationRequests.Departure body, ServerWebExchange exchange) {
        return send(new RecordStaffDeparture(staffId, body.effectiveFrom()), body, exchange, HttpStatus.OK, null,
                "staffId", staffId);
    }

    private Mono<ResponseEntity<Map<String, Object>>> send(Object command, Object body, ServerWebExchange exchange,
                                                           HttpStatus status, String location, String idName,
                                                           String id) {
        return dispatcher.dispatch(command, body, exchange).map(outcome -> {
            var response = outcome.respond(status);
            if (location != null) {
                response.location(URI.create(location));
            }
            return response.body(Map.<String, Object>of(idName, id));
        });
    }
}
