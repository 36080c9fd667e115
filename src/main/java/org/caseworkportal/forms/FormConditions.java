package org.caseworkportal.forms;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.feel.api.EvaluationResult;
import org.camunda.feel.api.FeelEngineApi;
import org.camunda.feel.api.FeelEngineBuilder;
import org.camunda.feel.syntaxtree.ParsedExpression;

/**
 * Evaluates a form's FEEL conditions over its answers on the server, with the FEEL engine Camunda
 * ships. An expression that cannot be evaluated (comparing a missing answer with a number, say)
 * counts as false, as form-js treats it.
 */
class FormConditions {

	private final FeelEngineApi engine = FeelEngineBuilder.forJava().build();

	private final Map<String, ParsedExpression> parsed = new ConcurrentHashMap<>();

	boolean isTrue(String expression, Map<String, Object> variables) {
		ParsedExpression expressionTree = parsed.computeIfAbsent(expression,
				text -> engine.parseExpression(text).parsedExpression());
		EvaluationResult result = engine.evaluate(expressionTree, variables);
		return result.isSuccess() && Boolean.TRUE.equals(result.result());
	}

}
