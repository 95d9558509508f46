package dk.moedegraf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Writing HTTP/1.1 requests and reading responses on a raw socket, for tests that control how a request is written. */
public final class RawHttp {

	private RawHttp() {
	}

	/** The request line and headers of a JSON POST of {@code body} to /graphql (the body goes after them). */
	public static byte[] graphQlHead(byte[] body) {
		return ("POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
				+ "Accept: application/graphql-response+json\r\nContent-Length: " + body.length + "\r\n\r\n")
			.getBytes(StandardCharsets.US_ASCII);
	}

	/** The status line (under ":status") and the headers of one response, names in lower case. */
	public static Map<String, String> headers(InputStream in) throws IOException {
		var headers = new LinkedHashMap<String, String>();
		headers.put(":status", line(in));
		for (String line = line(in); !line.isEmpty(); line = line(in)) {
			int colon = line.indexOf(':');
			headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
		}
		return headers;
	}

	public static String line(InputStream in) throws IOException {
		var sb = new StringBuilder();
		for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) {
			if (c != '\r') {
				sb.append((char) c);
			}
		}
		return sb.toString();
	}
}
