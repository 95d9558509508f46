package dk.moedegraf;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Reading HTTP/1.1 responses off a raw socket, for tests that control how a request is written. */
public final class RawHttp {

	private RawHttp() {
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
