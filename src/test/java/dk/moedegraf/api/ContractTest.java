package dk.moedegraf.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dk.moedegraf.GraphTest;
import graphql.language.AstPrinter;
import graphql.language.EnumTypeDefinition;
import graphql.language.EnumValueDefinition;
import graphql.language.FieldDefinition;
import graphql.language.ImplementingTypeDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.TypeDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.SchemaPrinter;
import graphql.schema.idl.TypeDefinitionRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;

/**
 * The served schema contains the public contract (../shared/design/contract.graphqls) unchanged: every type,
 * field, argument (with its default), input field, enum value and interface. It may add, never remove or alter.
 */
class ContractTest extends GraphTest {

	private static final Path CONTRACT = Path.of("..", "shared", "design", "contract.graphqls");

	@Autowired
	GraphQlSource graphQlSource;

	@Test
	void the_served_schema_contains_the_whole_public_contract() throws IOException {
		assumeTrue(Files.exists(CONTRACT), "../shared/design/contract.graphqls is not beside this checkout");
		var contract = new SchemaParser().parse(Files.readString(CONTRACT));
		var served = new SchemaParser().parse(new SchemaPrinter().print(graphQlSource.schema()));
		List<String> problems = differences(contract, served);
		assertThat(problems).as("contract differences").isEmpty();
	}

	@Test
	void the_check_itself_notices_a_changed_argument_default_and_a_missing_enum_value() {
		var contract = new SchemaParser().parse("enum E { A B } type Query { f(first: Int = 10): [E!]! }");
		var served = new SchemaParser().parse("enum E { A } type Query { f(first: Int = 20): [E!]! }");
		assertThat(differences(contract, served)).containsExactlyInAnyOrder("enum E lacks value B",
				"Query.f(first) is 'Int = 10' in the contract but 'Int = 20' here");
	}

	static List<String> differences(TypeDefinitionRegistry contract, TypeDefinitionRegistry served) {
		var problems = new ArrayList<String>();
		contract.scalars().keySet().forEach(s -> {
			if (!served.scalars().containsKey(s)) {
				problems.add("scalar " + s + " is missing");
			}
		});
		for (TypeDefinition<?> type : allTypes(contract)) {
			TypeDefinition<?> mine = allTypes(served).stream().filter(t -> t.getName().equals(type.getName())).findFirst().orElse(null);
			if (mine == null) {
				problems.add("type " + type.getName() + " is missing");
				continue;
			}
			if (!mine.getClass().equals(type.getClass()) && !(type instanceof ImplementingTypeDefinition && mine instanceof ImplementingTypeDefinition
					&& type.getClass().getSimpleName().replace("Extension", "").equals(mine.getClass().getSimpleName().replace("Extension", "")))) {
				problems.add(type.getName() + " is a " + mine.getClass().getSimpleName() + " here, a " + type.getClass().getSimpleName() + " in the contract");
				continue;
			}
			if (type instanceof ImplementingTypeDefinition<?> t && mine instanceof ImplementingTypeDefinition<?> m) {
				var myInterfaces = m.getImplements().stream().map(AstPrinter::printAst).toList();
				t.getImplements().stream().map(AstPrinter::printAst).filter(i -> !myInterfaces.contains(i))
						.forEach(i -> problems.add(type.getName() + " does not implement " + i));
				Map<String, FieldDefinition> myFields = byName(m.getFieldDefinitions(), FieldDefinition::getName);
				for (FieldDefinition f : t.getFieldDefinitions()) {
					FieldDefinition mf = myFields.get(f.getName());
					if (mf == null) {
						problems.add(type.getName() + "." + f.getName() + " is missing");
						continue;
					}
					compare(type.getName() + "." + f.getName(), AstPrinter.printAst(f.getType()), AstPrinter.printAst(mf.getType()), problems);
					compareInputs(type.getName() + "." + f.getName(), f.getInputValueDefinitions(), mf.getInputValueDefinitions(), problems);
				}
			}
			if (type instanceof InputObjectTypeDefinition t && mine instanceof InputObjectTypeDefinition m) {
				compareInputs(type.getName(), t.getInputValueDefinitions(), m.getInputValueDefinitions(), problems);
			}
			if (type instanceof EnumTypeDefinition t && mine instanceof EnumTypeDefinition m) {
				var values = m.getEnumValueDefinitions().stream().map(EnumValueDefinition::getName).toList();
				t.getEnumValueDefinitions().stream().map(EnumValueDefinition::getName).filter(v -> !values.contains(v))
						.forEach(v -> problems.add("enum " + type.getName() + " lacks value " + v));
			}
		}
		return problems;
	}

	private static void compareInputs(String owner, List<InputValueDefinition> contract, List<InputValueDefinition> served,
			List<String> problems) {
		Map<String, InputValueDefinition> mine = byName(served, InputValueDefinition::getName);
		for (InputValueDefinition a : contract) {
			InputValueDefinition ma = mine.get(a.getName());
			if (ma == null) {
				problems.add(owner + "(" + a.getName() + ") is missing");
				continue;
			}
			compare(owner + "(" + a.getName() + ")", signature(a), signature(ma), problems);
		}
		served.stream().filter(a -> contract.stream().noneMatch(c -> c.getName().equals(a.getName())))
				.filter(a -> AstPrinter.printAst(a.getType()).endsWith("!") && a.getDefaultValue() == null)
				.forEach(a -> problems.add(owner + "(" + a.getName() + ") is a new required input: contract clients do not send it"));
	}

	private static String signature(InputValueDefinition v) {
		return AstPrinter.printAst(v.getType()) + (v.getDefaultValue() == null ? "" : " = " + AstPrinter.printAst(v.getDefaultValue()));
	}

	private static void compare(String what, String contract, String served, List<String> problems) {
		if (!contract.equals(served)) {
			problems.add(what + " is '" + contract + "' in the contract but '" + served + "' here");
		}
	}

	private static List<TypeDefinition<?>> allTypes(TypeDefinitionRegistry registry) {
		var types = new ArrayList<TypeDefinition<?>>();
		registry.types().values().forEach(types::add);
		return types;
	}

	private static <T> Map<String, T> byName(List<T> items, Function<T, String> name) {
		return items.stream().collect(Collectors.toMap(name, Function.identity(), (a, b) -> a));
	}
}
