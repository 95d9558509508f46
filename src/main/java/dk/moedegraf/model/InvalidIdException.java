package dk.moedegraf.model;

/** An id that no entity could have: a client error, reported as BAD_REQUEST, never a 500. */
public class InvalidIdException extends IllegalArgumentException {

	public InvalidIdException(String id) {
		super("Malformed id '" + id + "': ids look like 'person:…', 'org:…', 'forum:…', 'meeting:…', "
				+ "'initiative:…' or 'document:…' and come from this API.");
	}
}
