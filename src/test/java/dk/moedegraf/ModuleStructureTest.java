package dk.moedegraf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The read side stays easy to see: every top-level package is a module (Spring Modulith), and no two
 * modules depend on each other in a cycle. The records and their projections ({@code model}) and the
 * query kit ({@code query}) depend on no feature; features depend on them, never on each other.
 */
class ModuleStructureTest {

	private final ApplicationModules modules = ApplicationModules.of(MoedegrafApplication.class);

	@Test
	void modules_have_no_cycles_and_reach_into_no_internals() {
		modules.verify();
	}

	@Test
	void the_records_and_the_query_kit_depend_on_no_feature() {
		assertThat(dependencies("model")).isEmpty();
		assertThat(dependencies("query")).containsOnly("model");
	}

	private java.util.List<String> dependencies(String module) {
		ApplicationModule m = modules.getModuleByName(module).orElseThrow();
		return m.getDirectDependencies(modules).uniqueModules().map(ApplicationModule::getName).toList();
	}
}
