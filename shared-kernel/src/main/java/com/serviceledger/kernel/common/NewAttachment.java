package com.serviceledger.kernel.common;

/**
 * A file for a case, its bytes already in the blob store under {@code sha256}: checked at the API (size, type read
 * from the content) before any command carries it.
 *
 * @param attachmentId the new attachment's id
 * @param fileName     the name it was uploaded under (at most {@link #MAX_FILE_NAME} characters)
 * @param mediaType    the type detected from the content
 * @param size         bytes
 * @param sha256       the content's SHA-256, lower-case hex: its address in the blob store
 * @param addedBy      who uploaded it: their staff id, or their user name when they are no staff member
 */
public record NewAttachment(String attachmentId, String fileName, String mediaType, long size, String sha256,
                            String addedBy) {

    public static final int MAX_FILE_NAME = 255;
}
