package dk.moedegraf.curation;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who the edit log names for a curation write: the authenticated key or token, else "anonymous". */
final class Actor {

	private Actor() {
	}

	static String current() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return auth != null && auth.isAuthenticated() && auth.getName() != null && !auth.getName().isBlank()
				? auth.getName() : "anonymous";
	}
}
