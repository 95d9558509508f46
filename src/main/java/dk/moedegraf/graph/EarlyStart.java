package dk.moedegraf.graph;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.GenericApplicationListener;
import org.springframework.core.ResolvableType;
import org.springframework.util.StringUtils;

/**
 * Starts the embedded Neo4j, and brings it up to date (migrations, seed graph), on a thread of its own while
 * Spring refreshes the context, instead of in the middle of the refresh: the two took about the same time one
 * after the other. Registered in {@code META-INF/spring.factories}, so it runs for every SpringApplication (the
 * app, the commands, the tests) once the environment is final; {@link GraphConnectionConfiguration} and
 * {@link GraphStartup} take the result. A context that fails or closes without taking it shuts it down.
 */
final class EarlyStart implements GenericApplicationListener {

	/** The bean under which the context finds the start in progress. */
	static final String BEAN = "moedegraf.embeddedNeo4jEarlyStart";

	@Override
	public boolean supportsEventType(ResolvableType eventType) {
		Class<?> type = eventType.getRawClass();
		return type != null && (ApplicationPreparedEvent.class.isAssignableFrom(type)
				|| ApplicationFailedEvent.class.isAssignableFrom(type) || ContextClosedEvent.class.isAssignableFrom(type));
	}

	@Override
	public void onApplicationEvent(ApplicationEvent event) {
		if (event instanceof ApplicationPreparedEvent prepared) {
			start(prepared.getApplicationContext());
		}
		else if (event instanceof ApplicationFailedEvent failed && failed.getApplicationContext() != null) {
			abandon(failed.getApplicationContext());
		}
		else if (event instanceof ContextClosedEvent closed
				&& closed.getApplicationContext() instanceof ConfigurableApplicationContext context) {
			abandon(context);
		}
	}

	private static void start(ConfigurableApplicationContext context) {
		var env = context.getEnvironment();
		if (StringUtils.hasText(env.getProperty("spring.neo4j.uri"))
				|| context.getBeanFactory().containsSingleton(BEAN)) {
			return;
		}
		GraphProperties properties = Binder.get(env).bindOrCreate("moedegraf.graph", GraphProperties.class);
		var started = new Started(CompletableFuture.supplyAsync(() -> prepare(properties), task -> {
			var thread = new Thread(task, "neo4j-start");
			thread.setDaemon(true);
			thread.start();
		}));
		context.getBeanFactory().registerSingleton(BEAN, started);
	}

	/** Starts the server and applies migrations and seed over a driver of its own, as the app's would. */
	private static Started.Ready prepare(GraphProperties properties) {
		EmbeddedNeo4j db = EmbeddedNeo4j.start(properties.dataDir(), properties.boltPort(), properties.pageCache(),
				properties.password());
		try (var driver = GraphDatabase.driver(db.boltUri(), AuthTokens.basic(EmbeddedNeo4j.USER, db.password()))) {
			return new Started.Ready(db, GraphStartup.prepare(driver, properties.seed(), true));
		}
		catch (RuntimeException e) {
			db.close();
			throw e;
		}
	}

	private static void abandon(ConfigurableApplicationContext context) {
		if (context.getBeanFactory().containsSingleton(BEAN)
				&& context.getBeanFactory().getSingleton(BEAN) instanceof Started started) {
			started.abandon();
		}
	}

	/** The start in progress; the context's {@link EmbeddedNeo4j} bean claims it and closes it with the context. */
	static final class Started {

		record Ready(EmbeddedNeo4j db, GraphStartup.Prepared prepared) {
		}

		private final CompletableFuture<Ready> future;
		private final AtomicBoolean claimed = new AtomicBoolean();

		private Started(CompletableFuture<Ready> future) {
			this.future = future;
		}

		/** Waits for the start; its failure is the bean's. */
		Ready get() {
			try {
				return future.join();
			}
			catch (CompletionException e) {
				throw e.getCause() instanceof RuntimeException re ? re : e;
			}
		}

		EmbeddedNeo4j claim() {
			claimed.set(true);
			return get().db();
		}

		private void abandon() {
			if (!claimed.getAndSet(true)) {
				future.thenAccept(ready -> ready.db().close());
			}
		}
	}
}
