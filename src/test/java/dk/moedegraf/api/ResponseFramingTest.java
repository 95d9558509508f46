package dk.moedegraf.api;

import static dk.moedegraf.RawHttp.graphQlHead;
import static dk.moedegraf.RawHttp.headers;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import dk.moedegraf.GraphTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;

/**
 * The mechanism behind "no 40 ms stall on keep-alive connections": a client that writes its request in two
 * pieces (headers, then body) over one kept-alive connection gets every answer whole, with a Content-Length
 * rather than chunks, from a socket with Nagle's algorithm off, on a connector that acknowledges the headers at
 * once. The timing itself is measured by the benchmark's keep-alive probe (a timed assertion here would fail on
 * a loaded machine, not on a regression).
 */
class ResponseFramingTest extends GraphTest {

	@LocalServerPort
	int port;

	@Autowired
	ServletWebServerApplicationContext web;

	@Test
	void graphql_answers_on_a_kept_alive_connection_carry_a_content_length_and_no_chunks() throws IOException {
		// larger than Tomcat's default 8 KB response buffer, which would otherwise overflow into chunks
		byte[] body = "{\"query\":\"{ people(first: 100) { edges { node { id name aliases memberships { role from to forum { id name } } } } } }\"}"
				.getBytes(StandardCharsets.UTF_8);
		byte[] head = graphQlHead(body);
		try (Socket socket = new Socket("localhost", port)) {
			socket.setTcpNoDelay(false); // as most clients leave it
			OutputStream out = socket.getOutputStream();
			InputStream in = new BufferedInputStream(socket.getInputStream());
			for (int i = 0; i < 3; i++) {
				out.write(head);
				out.flush();
				out.write(body);
				out.flush();
				Map<String, String> headers = headers(in);
				assertThat(headers.get(":status")).contains(" 200 ");
				assertThat(headers).doesNotContainKey("transfer-encoding").containsKey("content-length");
				String answer = new String(in.readNBytes(Integer.parseInt(headers.get("content-length"))), StandardCharsets.UTF_8);
				assertThat(answer).contains("\"memberships\"").endsWith("}").hasSizeGreaterThan(16 * 1024);
				assertThat(headers.get("connection")).as("kept alive").isNotEqualTo("close");
			}
		}
	}

	@Test
	void the_connector_sends_without_nagle_delay() {
		var tomcat = ((TomcatWebServer) web.getWebServer()).getTomcat();
		assertThat(tomcat.getConnector().getProperty("tcpNoDelay")).isEqualTo(true);
	}

	@Test
	void the_connector_acknowledges_a_request_at_once_so_a_body_sent_after_its_headers_is_not_held_back() {
		var tomcat = ((TomcatWebServer) web.getWebServer()).getTomcat();
		assertThat(tomcat.getConnector().getProtocolHandler()).isInstanceOf(QuickAckProtocol.class);
	}
}
