package dk.moedegraf.curation;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/** A mutation naming something that does not exist is answered NOT_FOUND (bad input is BAD_REQUEST elsewhere). */
@Component
class CurationErrors extends DataFetcherExceptionResolverAdapter {

	@Override
	protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
		if (ex instanceof NotFoundException) {
			return GraphqlErrorBuilder.newError(env).errorType(ErrorType.NOT_FOUND).message(ex.getMessage()).build();
		}
		return null;
	}
}
