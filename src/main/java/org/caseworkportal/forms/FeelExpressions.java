package org.caseworkportal.forms;

import java.util.Optional;

import org.camunda.feel.api.FeelEngineApi;
import org.camunda.feel.api.FeelEngineBuilder;
import org.camunda.feel.api.ParseResult;

/**
 * Parses FEEL with the engine Camunda ships (org.camunda.feel:feel-engine, through camunda-engine),
 * so the conditions in forms mean exactly what they mean in Camunda Modeler and in the processes.
 */
class FeelExpressions {

	private final FeelEngineApi engine = FeelEngineBuilder.forJava().build();

	/** Why the expression is not valid FEEL, or empty if it is. */
	Optional<String> problemWith(String expression) {
		ParseResult result = engine.parseExpression(expression);
		return result.isSuccess() ? Optional.empty() : Optional.of(result.failure().message());
	}

}
