package com.serviceledger.platform.web;

import java.util.Set;
import org.springframework.http.HttpMethod;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The one kind of command request that is no JSON: a case's file, {@code POST /api/{cases}/{id}/attachments} as
 * {@code multipart/form-data}. It may be as large as {@code serviceledger.web.max-attachment-bytes} (plus the form's
 * envelope), and, since a foreign page's form may post multipart too, it must carry {@value #GUARD_HEADER}, a header
 * a browser sends to another origin only after a CORS preflight, which the API never grants.
 */
public final class AttachmentUploads {

    public static final String GUARD_HEADER = "X-Requested-With";
    /** Room for the form's boundaries and part headers around the file. */
    static final long ENVELOPE_BYTES = 16 * 1024;

    private static final Set<String> CASES = Set.of("complaints", "service-requests", "inspections", "rectifications");
    private static final PathPattern UPLOAD = PathPatternParser.defaultInstance.parse("/api/{cases}/{id}/attachments");
    /** The web console's upload forms of a case, which pass the file on to the API's upload. */
    private static final PathPattern CONSOLE_UPLOAD = PathPatternParser.defaultInstance
            .parse("/console/{cases}/{id}/attachments");
    private static final PathPattern CONSOLE_QUALITY_UPLOAD = PathPatternParser.defaultInstance
            .parse("/console/quality/{cases}/{id}/attachments");

    private AttachmentUploads() {
    }

    /** A POST to a case's attachments, whatever it carries. */
    static boolean isUpload(ServerHttpRequest request) {
        return isUpload(request, UPLOAD);
    }

    /** A POST to a case's attachments, through the API or the console's form: both take a file's size. */
    static boolean isAnyUpload(ServerHttpRequest request) {
        return isUpload(request, UPLOAD) || isUpload(request, CONSOLE_UPLOAD)
                || isUpload(request, CONSOLE_QUALITY_UPLOAD);
    }

    private static boolean isUpload(ServerHttpRequest request, PathPattern pattern) {
        if (request.getMethod() != HttpMethod.POST) {
            return false;
        }
        PathPattern.PathMatchInfo match = pattern.matchAndExtract(request.getPath().pathWithinApplication());
        return match != null && CASES.contains(match.getUriVariables().get("cases"));
    }

    /** An upload a browser cannot have been tricked into sending: multipart with the guard header. */
    static boolean isGuardedMultipart(ServerHttpRequest request) {
        if (!isUpload(request) || !request.getHeaders().containsHeader(GUARD_HEADER)) {
            return false;
        }
        try {
            MediaType type = request.getHeaders().getContentType();
            return type != null && MediaType.MULTIPART_FORM_DATA.includes(type);
        } catch (InvalidMediaTypeException unreadable) {
            // not multipart, whatever it is: refused as every other content type that is no JSON
            return false;
        }
    }
}
