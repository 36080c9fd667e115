package org.caseworkportal.forms.submission;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.caseworkportal.forms.AnswerChecks;
import org.caseworkportal.forms.AnswerReader;
import org.caseworkportal.forms.FormEvaluator;
import org.caseworkportal.forms.Question;
import org.caseworkportal.forms.ShownSection;
import org.caseworkportal.forms.attachments.Attachments;
import org.caseworkportal.forms.attachments.RejectedFile;
import org.caseworkportal.identity.PortalUser;
import org.caseworkportal.web.DisplayTime;
import org.caseworkportal.web.ErrorMessage;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;
import org.springframework.util.MultiValueMap;
import org.springframework.web.multipart.MultipartFile;

/**
 * Saves one section of a draft: reads what was posted, refuses answers that cannot be stored
 * without storing anything, clears answers that conditions now hide, and stores the rest only if
 * nobody else saved the form since the page was opened. Uploads are stored in the same
 * transaction, so a refused save leaves no stray files.
 */
@Service
class SectionSaver {

	private final AnswerReader reader;

	private final FormEvaluator evaluator;

	private final FormSubmissions submissions;

	private final SubmissionAccess access;

	private final Attachments attachments;

	SectionSaver(AnswerReader reader, FormEvaluator evaluator, FormSubmissions submissions, SubmissionAccess access,
			Attachments attachments) {
		this.reader = reader;
		this.evaluator = evaluator;
		this.submissions = submissions;
		this.access = access;
		this.attachments = attachments;
	}

	/**
	 * @param complete "Save and continue": check the section's rules and mark it completed if met
	 * @param files uploads by form field name, none for an automatic save
	 */
	@Transactional
	SectionSave save(OpenSubmission open, ShownSection section, MultiValueMap<String, String> posted,
			MultiValueMap<String, MultipartFile> files, boolean complete, PortalUser user) {
		AnswerReader.ReadAnswers read = reader.read(section.group(), open.submission().answers(), posted);
		List<ErrorMessage> errors = new ArrayList<>(read.errors());
		int current = open.submission().revision();
		if (!String.valueOf(current).equals(posted.getFirst("revision"))) {
			errors.add(0, new ErrorMessage("", "Someone else saved this form at "
					+ DisplayTime.format(open.submission().updatedAt())
					+ " since you opened this page. Your answers on this page have not been saved yet. Save again to replace the answers on this page with yours."));
			return new SectionSave(access.withAnswers(open, read.answers()), errors, false, false, false, current);
		}
		Map<String, Object> answers = read.answers();
		if (errors.isEmpty()) {
			removeFile(open, posted.getFirst("removeFile"), answers);
			storeUploads(open, section, files, answers, errors, user);
		}
		if (!errors.isEmpty()) {
			TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
			return new SectionSave(access.withAnswers(open, answers), errors, false, false, false, current);
		}
		Map<String, Object> cleared = evaluator.withoutHiddenAnswers(open.definition(), answers);
		OpenSubmission shown = access.withAnswers(open, cleared);
		ShownSection after = shown.form().section(section.id()).orElse(section);
		Set<String> completed = new LinkedHashSet<>(open.submission().completedSections());
		boolean newQuestions = complete && !questionNames(section).containsAll(questionNames(after));
		List<ErrorMessage> problems = complete && !newQuestions ? AnswerChecks.check(after, "") : List.of();
		boolean accepted = complete && !newQuestions && problems.isEmpty();
		if (accepted) {
			completed.add(section.id());
		}
		else if (complete) {
			completed.remove(section.id());
		}
		if (!submissions.saveDraft(open.id(), current, cleared, completed, user.id())) {
			TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
			return save(access.open(open.id(), user), section, posted, files, complete, user);
		}
		return new SectionSave(shown, problems, true, accepted, newQuestions, current + 1);
	}

	private void removeFile(OpenSubmission open, String removal, Map<String, Object> answers) {
		if (removal == null || !removal.contains(":")) {
			return;
		}
		String field = removal.substring(0, removal.lastIndexOf(':'));
		String id = removal.substring(removal.lastIndexOf(':') + 1);
		if (answers.get(field) instanceof List<?> ids && ids.stream().anyMatch(stored -> stored.toString().equals(id))) {
			answers.put(field, ids.stream().filter(stored -> !stored.toString().equals(id)).toList());
			attachments.find(Long.parseLong(id))
				.filter(file -> file.submissionId() == open.id())
				.ifPresent(file -> attachments.delete(file.id()));
		}
	}

	private void storeUploads(OpenSubmission open, ShownSection section, MultiValueMap<String, MultipartFile> files,
			Map<String, Object> answers, List<ErrorMessage> errors, PortalUser user) {
		for (Question question : uploadsOf(section)) {
			List<Long> ids = new ArrayList<>(question.files().stream().map(Long::valueOf).toList());
			for (MultipartFile file : files.getOrDefault(question.name() + "-upload", List.of())) {
				if (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isEmpty())) {
					continue;
				}
				try {
					ids.add(attachments.store(open.id(), question.name(), file.getOriginalFilename(), file.getBytes(),
							user.id().value()).id());
				}
				catch (RejectedFile rejected) {
					errors.add(new ErrorMessage(question.id(), rejected.getMessage()));
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			}
			if (!ids.isEmpty()) {
				answers.put(question.component().key(), question.component().multiple() ? ids : ids.subList(ids.size() - 1, ids.size()));
			}
		}
	}

	/** The section's uploads; a form keeps every upload in its top scope (checked at startup). */
	private static List<Question> uploadsOf(ShownSection section) {
		return section.questions()
			.stream()
			.filter(question -> "filepicker".equals(question.type()) && !question.readonly())
			.toList();
	}

	private static List<String> questionNames(ShownSection section) {
		return section.questions().stream().map(Question::name).toList();
	}

}
