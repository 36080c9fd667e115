package org.caseworkportal.pep;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.caseworkportal.forms.FormDefinition;
import org.caseworkportal.forms.FormDefinitions;
import org.caseworkportal.workflow.WorkItem;
import org.caseworkportal.worktray.CaseType;
import org.caseworkportal.worktray.CaseWork;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** How a PEP's work items show in the worktrays: its form's title, its stage, and its page. */
@Component
@Transactional(readOnly = true)
class PepCaseType implements CaseType {

	private final JdbcClient jdbc;

	private final FormDefinitions definitions;

	PepCaseType(JdbcClient jdbc, FormDefinitions definitions) {
		this.jdbc = jdbc;
		this.definitions = definitions;
	}

	@Override
	public String processKey() {
		return PepProcess.KEY;
	}

	@Override
	public Map<String, CaseWork> describe(List<WorkItem> items) {
		Map<Long, CaseWork> byPep = jdbc.sql("""
				select p.id, p.stage, s.form_key from pep p join form_submission s on s.id = p.submission_id
				where p.id in (:ids)""")
			.param("ids", items.stream().map(WorkItem::caseId).distinct().toList())
			.query((rs, row) -> Map.entry(rs.getLong("id"),
					work(rs.getLong("id"), PepStage.valueOf(rs.getString("stage")), rs.getString("form_key"))))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		return items.stream()
			.filter(item -> byPep.containsKey(item.caseId()))
			.collect(Collectors.toMap(WorkItem::taskId, item -> byPep.get(item.caseId()), (one, same) -> one));
	}

	private CaseWork work(long id, PepStage stage, String formKey) {
		String title = definitions.find(formKey).map(FormDefinition::title).orElse(formKey);
		return new CaseWork(title, stage == PepStage.WITH_SCHOOL ? "New" : stage.label(), colourOf(stage), "/peps/" + id);
	}

	private static String colourOf(PepStage stage) {
		switch (stage) {
			case WITH_SCHOOL:
				return "blue";
			case RETURNED:
				return "purple";
			default:
				return "grey";
		}
	}

}
