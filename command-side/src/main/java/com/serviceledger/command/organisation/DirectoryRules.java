package com.serviceledger.command.organisation;

import com.serviceledger.kernel.common.RuleViolation;
import com.serviceledger.kernel.organisation.Directory;
import com.serviceledger.kernel.organisation.DirectoryReference;
import com.serviceledger.kernel.organisation.Employment;
import com.serviceledger.kernel.organisation.NamesDirectory;
import com.serviceledger.kernel.organisation.SubsidiaryUnits;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * The one check of the ids a command names against the directory: each must be known, in its subsidiary,
 * and staff given work must be employed at the instant the command is handled. The first reference that
 * fails is a 422 naming its field. References that name their subsidiary are checked before the handler
 * ({@link DirectoryCheck}); those of the case's subsidiary by the case, which alone knows it.
 */
@Component
public class DirectoryRules {

    private final Directory directory;

    public DirectoryRules(Directory directory) {
        this.directory = directory;
    }

    /** The references that name their own subsidiary (or none). */
    void requireNamed(NamesDirectory command, Instant at) {
        require(command.directoryReferences().stream().filter(reference -> !reference.ofCase()), at);
    }

    /** The references to the subsidiary of the case the command acts on. */
    public void requireOfCase(NamesDirectory command, String caseSubsidiaryId, Instant at) {
        require(command.directoryReferences().stream().filter(DirectoryReference::ofCase)
                .map(reference -> reference.within(caseSubsidiaryId)), at);
    }

    private void require(Stream<DirectoryReference> references, Instant at) {
        Map<String, Optional<SubsidiaryUnits>> subsidiaries = new HashMap<>();
        references.filter(reference -> reference.id() != null).forEach(reference -> {
            switch (reference.kind()) {
                case SUBSIDIARY -> units(reference, subsidiaries);
                case DEPARTMENT -> requireDepartment(reference, units(reference, subsidiaries));
                case POST -> requirePost(reference, units(reference, subsidiaries));
                case STAFF -> requireEmployed(reference, at);
                case STAFF_ON_RECORD -> employment(reference);
            }
        });
    }

    private SubsidiaryUnits units(DirectoryReference reference, Map<String, Optional<SubsidiaryUnits>> read) {
        return read.computeIfAbsent(reference.subsidiaryId(), directory::unitsOf)
                .orElseThrow(() -> new RuleViolation(reference.field(), "subsidiary " + reference.subsidiaryId()
                        + " is unknown to the directory"));
    }

    private static void requireDepartment(DirectoryReference reference, SubsidiaryUnits units) {
        if (!units.hasDepartment(reference.id())) {
            throw new RuleViolation(reference.field(), "subsidiary " + units.subsidiaryId() + " has no department "
                    + reference.id());
        }
    }

    private static void requirePost(DirectoryReference reference, SubsidiaryUnits units) {
        String department = units.departmentOfPost(reference.id()).orElseThrow(() -> new RuleViolation(
                reference.field(), "subsidiary " + units.subsidiaryId() + " has no post " + reference.id()));
        if (reference.departmentId() != null && !reference.departmentId().equals(department)) {
            throw new RuleViolation(reference.field(), "post " + reference.id() + " belongs to department "
                    + department + ", not " + reference.departmentId());
        }
    }

    /** Known, and of the subsidiary named (a staff member never changes subsidiary: only department and post). */
    private Employment employment(DirectoryReference reference) {
        Employment employment = directory.employmentOf(reference.id()).orElseThrow(() -> new RuleViolation(
                reference.field(), "staff member " + reference.id() + " is unknown to the directory"));
        if (reference.subsidiaryId() != null && !reference.subsidiaryId().equals(employment.subsidiaryId())) {
            throw new RuleViolation(reference.field(), "staff member " + reference.id() + " works for "
                    + employment.subsidiaryId() + ", not " + reference.subsidiaryId());
        }
        return employment;
    }

    private void requireEmployed(DirectoryReference reference, Instant at) {
        Employment employment = employment(reference);
        if (employment.leftBy(at)) {
            throw new RuleViolation(reference.field(), "staff member " + reference.id() + " has left ("
                    + employment.leftAt() + ") and cannot be given new work");
        }
        if (!employment.employedAt(at)) {
            throw new RuleViolation(reference.field(), "staff member " + reference.id() + " is employed only from "
                    + employment.hiredAt());
        }
    }
}
