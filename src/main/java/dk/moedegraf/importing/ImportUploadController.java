package dk.moedegraf.importing;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * POST /api/import for front-ends: a multipart {@code file}, or the text itself as a text/plain body.
 * Bytes must be UTF-8; the answer is the import report as JSON, or 400 with {@code {"error": …}}. For editors:
 * 401 / 403 (also JSON) without a credential or the role.
 */
@RestController
class ImportUploadController {

	private final DocumentImporter importer;

	ImportUploadController(DocumentImporter importer) {
		this.importer = importer;
	}

	@PostMapping(path = "/api/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasRole('EDITOR')")
	ImportReport upload(@RequestPart("file") MultipartFile file, @RequestParam(required = false) String title,
			@RequestParam(required = false) String source, @RequestParam(defaultValue = "false") boolean dryRun)
			throws IOException {
		String name = file.getOriginalFilename();
		return importer.importDocument(new DocumentImporter.Request(title != null ? title : name, utf8(file.getBytes()),
				source != null ? source : name, dryRun));
	}

	@PostMapping(path = "/api/import", consumes = MediaType.TEXT_PLAIN_VALUE)
	@PreAuthorize("hasRole('EDITOR')")
	ImportReport plain(@RequestBody(required = false) byte[] body, @RequestParam(required = false) String title,
			@RequestParam(required = false) String source, @RequestParam(defaultValue = "false") boolean dryRun) {
		return importer.importDocument(
				new DocumentImporter.Request(title, utf8(body == null ? new byte[0] : body), source, dryRun));
	}

	/** Strict decoding: a Latin-1 or binary file is refused, not read as mojibake. */
	static String utf8(byte[] bytes) {
		if (bytes.length > DocumentImporter.MAX_BYTES) {
			throw new ImportRejectedException("The file is " + bytes.length / 1024 + " KiB; the limit is "
					+ DocumentImporter.MAX_BYTES / 1024 / 1024 + " MB of text.");
		}
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException e) {
			throw new ImportRejectedException("The file is not UTF-8 text; convert it to UTF-8 (or send the text itself).");
		}
	}

	@ExceptionHandler(ImportRejectedException.class)
	ResponseEntity<Map<String, String>> rejected(ImportRejectedException e) {
		return ResponseEntity.badRequest().body(Map.of("error", e.getMessage()));
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ResponseEntity<Map<String, String>> tooLarge(MaxUploadSizeExceededException e) {
		return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
			.body(Map.of("error", "The upload is larger than the limit of " + DocumentImporter.MAX_BYTES / 1024 / 1024 + " MB."));
	}
}
