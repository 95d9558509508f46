package dk.moedegraf.importing;

import dk.moedegraf.curation.ImportGuard;
import dk.moedegraf.history.Tx;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.RetryableException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Text in, graph out: validates, parses, resolves against the graph and writes, all of one document
 * in ONE transaction. Every write MERGEs by a deterministic id, so importing the same text again
 * creates nothing. A dry run performs the very same writes and rolls them back, so its counts are
 * exact.
 */
@Service
class DocumentImporter {

	/** The documented limit: minutes are text; 5 MB of text is thousands of pages. */
	static final int MAX_BYTES = 5 * 1024 * 1024;

	record Request(String title, String text, String source, boolean dryRun) {
	}

	/** Retries of a transaction that lost a race (a deadlock, a lock timeout, a constraint another import just met). */
	private static final int ATTEMPTS = 20;

	private final Neo4jClient neo4j;

	private final TransactionTemplate transactions;

	DocumentImporter(Neo4jClient neo4j, PlatformTransactionManager transactionManager) {
		this.neo4j = neo4j;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	ImportReport importDocument(Request request) {
		String text = normalise(request.text());
		validate(text);
		String sha = sha256(text);
		String documentId = "document:" + sha.substring(0, 16);
		String title = request.title() == null || request.title().isBlank() ? "Untitled document" : request.title().strip();
		Extraction x = MinutesParser.parse(text, title);
		if (x.isEmpty()) {
			throw new ImportRejectedException("Nothing recognisable in '" + title
					+ "': no meeting, people, forum, organisation or initiative was found, so nothing was written.");
		}
		for (int attempt = 1;; attempt++) {
			try {
				return transactions.execute(status -> {
					// resolved afresh on every attempt: a retry sees what the import it raced committed
					ImportGuard.beforeImport(Tx.of(neo4j), documentId);
					ImportReport r = new ImportWrite(neo4j, x, text, sha, documentId, title, request.source(), request.dryRun()).run();
					r = r.without(ImportGuard.afterImport(Tx.of(neo4j), documentId, title));
					if (request.dryRun()) {
						status.setRollbackOnly();
					}
					return r;
				});
			}
			catch (RuntimeException e) {
				if (attempt == ATTEMPTS || !lostARace(e)) {
					throw e;
				}
				try {
					Thread.sleep(ThreadLocalRandom.current().nextLong(5, 20L * Math.min(attempt, 10)));
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					throw e;
				}
			}
		}
	}

	/** A transient error (deadlock, lock timeout) or a uniqueness constraint another transaction just took. */
	static boolean lostARace(Throwable e) {
		for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof RetryableException || t instanceof TransientDataAccessException) {
				return true;
			}
			if (t instanceof Neo4jException n && ("Neo.ClientError.Schema.ConstraintValidationFailed".equals(n.code())
					|| n.code() != null && n.code().startsWith("Neo.TransientError."))) {
				return true;
			}
		}
		return false;
	}

	/** UTF-8 text with \n line ends: the form the document id is the hash of. */
	static String normalise(String text) {
		if (text == null) {
			return "";
		}
		String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
		// one text however it was saved: line ends of Windows and the old Mac OS, and letters composed (a Mac may
		// write å as a and a ring above, and then no rule or name matched it)
		return Normalizer.normalize(t.replace("\r\n", "\n").replace('\r', '\n'), Normalizer.Form.NFC);
	}

	static void validate(String text) {
		if (text.isBlank()) {
			throw new ImportRejectedException("The document is empty.");
		}
		int bytes = text.getBytes(StandardCharsets.UTF_8).length;
		if (bytes > MAX_BYTES) {
			throw new ImportRejectedException("The document is " + bytes / 1024 + " KiB; the limit is "
					+ MAX_BYTES / 1024 / 1024 + " MB of text.");
		}
		long control = text.chars().filter(c -> c < 32 && c != '\n' && c != '\t' && c != '\f').count();
		if (text.indexOf('\0') >= 0 || control > text.length() / 100 + 2) {
			throw new ImportRejectedException("The document looks binary (NUL or control characters); send the plain text "
					+ "that PDF-to-text or OCR gives.");
		}
		long replacement = text.chars().filter(c -> c == '\uFFFD').count();
		if (replacement > text.length() / 100 + 2) {
			throw new ImportRejectedException("The document is not valid UTF-8 text (" + replacement
					+ " undecodable characters); convert it to UTF-8 first.");
		}
	}

	static String sha256(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
