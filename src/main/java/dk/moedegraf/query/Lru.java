package dk.moedegraf.query;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The caches of the read side (parsed documents, limit verdicts, compiled selections): bounded, least recently used out. */
public final class Lru {

	private Lru() {
	}

	/** A thread-safe map of at most {@code size} entries; the least recently used entry goes first. */
	public static <K, V> Map<K, V> map(int size) {
		return Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
				return size() > size;
			}
		});
	}
}
