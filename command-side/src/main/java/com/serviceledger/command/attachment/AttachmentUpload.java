package com.serviceledger.command.attachment;

import io.swagger.v3.oas.annotations.media.Schema;

/** The upload form as the API description shows it (the handler reads the multipart form itself). */
@Schema(name = "AttachmentUpload", description = "multipart/form-data with the header X-Requested-With (any value)")
record AttachmentUpload(@Schema(type = "string", format = "binary", requiredMode = Schema.RequiredMode.REQUIRED,
        description = "the file: a document, image or audio recording; its type is read from its bytes")
                        String file) {
}
