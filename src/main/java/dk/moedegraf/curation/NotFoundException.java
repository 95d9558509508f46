package dk.moedegraf.curation;

/** The entity or fact a mutation names does not exist: reported as NOT_FOUND, nothing changed. */
class NotFoundException extends RuntimeException {

	NotFoundException(String message) {
		super(message);
	}
}
