package com.serviceledger.query.rebuild;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** A view as the admin API lists it: its indices and the rebuild running for it, if any. */
public record ViewStatus(String view, List<IndexStatus> indices, String runningRebuild) {

    /** One alias, the concrete index behind it, and the mapping versions configured and in place. */
    @Schema(name = "ViewIndexStatus")
    public record IndexStatus(String alias, String currentIndex, int configuredVersion, Integer currentVersion) {
    }
}
