package dk.moedegraf.api;

import java.io.IOException;
import java.net.SocketOption;
import java.nio.channels.SocketChannel;

import jdk.net.ExtendedSocketOptions;
import org.apache.coyote.Adapter;
import org.apache.coyote.Processor;
import org.apache.coyote.Request;
import org.apache.coyote.Response;
import org.apache.coyote.http11.Http11NioProtocol;
import org.apache.coyote.http11.Http11Processor;
import org.apache.tomcat.util.net.NioChannel;
import org.apache.tomcat.util.net.SocketEvent;

/**
 * Tomcat's NIO protocol, acknowledging a request's bytes as soon as it reads them. A client with Nagle's
 * algorithm on that writes its request in two pieces (headers, then body — many HTTP libraries and load
 * generators do) sends the body only once the headers are acknowledged; Linux delays that ACK by up to 40 ms
 * on a kept-alive connection, expecting to piggyback it on the answer, which cannot come before the body.
 * {@code TCP_QUICKACK} takes the connection out of that delayed-ACK ("ping-pong") mode, so reading the next
 * request's headers acknowledges them at once. The mode is not sticky — each answer sent re-enters it — so it is
 * set after every answer. Where the option does not exist (not Linux), nothing changes.
 */
public class QuickAckProtocol extends Http11NioProtocol {

	private static final SocketOption<Boolean> QUICKACK = ExtendedSocketOptions.TCP_QUICKACK;

	@Override
	protected Processor createProcessor() {
		var adapter = new AckAfterAnswer(getAdapter());
		var processor = new Http11Processor(this, adapter) {
			void acknowledgePromptly() {
				if (getSocketWrapper() != null && getSocketWrapper().getSocket() instanceof NioChannel channel) {
					quickAck(channel.getIOChannel());
				}
			}
		};
		adapter.afterAnswer = processor::acknowledgePromptly;
		return processor;
	}

	private static void quickAck(SocketChannel io) {
		if (io == null || !io.isOpen() || !io.supportedOptions().contains(QUICKACK)) {
			return;
		}
		try {
			io.setOption(QUICKACK, true);
		}
		catch (IOException | UnsupportedOperationException ignored) {
			// a connection closing under us: the read that follows reports it
		}
	}

	/** Tomcat's adapter; after each request it served (synchronously or at the end of an async dispatch), re-arms quick ACKs. */
	private static final class AckAfterAnswer implements Adapter {

		private final Adapter delegate;

		private Runnable afterAnswer = () -> { };

		AckAfterAnswer(Adapter delegate) {
			this.delegate = delegate;
		}

		@Override
		public void service(Request request, Response response) throws Exception {
			try {
				delegate.service(request, response);
			}
			finally {
				afterAnswer.run();
			}
		}

		@Override
		public boolean asyncDispatch(Request request, Response response, SocketEvent event) throws Exception {
			try {
				return delegate.asyncDispatch(request, response, event);
			}
			finally {
				afterAnswer.run();
			}
		}

		@Override
		public boolean prepare(Request request, Response response) throws Exception {
			return delegate.prepare(request, response);
		}

		@Override
		public void log(Request request, Response response, long time) {
			delegate.log(request, response, time);
		}

		@Override
		public void checkRecycled(Request request, Response response) {
			delegate.checkRecycled(request, response);
		}

		@Override
		public String getDomain() {
			return delegate.getDomain();
		}
	}
}
