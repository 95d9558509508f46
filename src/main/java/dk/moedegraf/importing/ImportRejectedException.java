package dk.moedegraf.importing;

/**
 * Input the importer will not read: empty, binary, not UTF-8, too large, or without anything it
 * recognises. An IllegalArgumentException, so the GraphQL layer reports it as BAD_REQUEST; nothing
 * has been written when it is thrown.
 */
class ImportRejectedException extends IllegalArgumentException {

	ImportRejectedException(String message) {
		super(message);
	}
}
