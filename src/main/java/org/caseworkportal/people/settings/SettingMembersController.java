package org.caseworkportal.people.settings;

import java.util.List;
import java.util.Optional;

import org.caseworkportal.identity.AccountId;
import org.caseworkportal.identity.Accounts;
import org.caseworkportal.identity.PortalUser;
import org.caseworkportal.identity.Role;
import org.caseworkportal.people.People;
import org.caseworkportal.people.SettingId;
import org.caseworkportal.web.AdminOnly;
import org.caseworkportal.web.ErrorMessage;
import org.caseworkportal.web.NotVisible;
import org.caseworkportal.web.VirtualSchoolOrAdmin;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Who belongs to a setting. Virtual School officers list the people a setting expects (they join
 * when they register); administrators also add existing professionals as members, remove members
 * who have left, and take listings back. Removing a member leaves the setting's work with the
 * setting.
 */
@Controller
class SettingMembersController {

	private static final String SETTING = SettingsController.SETTINGS + "/{id}";

	private final SettingDirectory directory;

	private final SettingAdministration administration;

	private final People people;

	private final Accounts accounts;

	SettingMembersController(SettingDirectory directory, SettingAdministration administration, People people,
			Accounts accounts) {
		this.directory = directory;
		this.administration = administration;
		this.people = people;
		this.accounts = accounts;
	}

	static String listPersonPath(SettingId setting) {
		return SettingsController.settingPath(setting) + "/listed-people/new";
	}

	static String unlistPath(SettingId setting) {
		return SettingsController.settingPath(setting) + "/listed-people/remove";
	}

	static String addMemberPath(SettingId setting) {
		return SettingsController.settingPath(setting) + "/members/new";
	}

	static String removeMemberPath(SettingId setting, AccountId member) {
		return SettingsController.settingPath(setting) + "/members/" + member.value() + "/remove";
	}

	@VirtualSchoolOrAdmin
	@GetMapping(SETTING + "/listed-people/new")
	String listPersonForm(@PathVariable long id, Model model) {
		return listPersonPage(setting(id), ListPersonForm.forDesignatedTeacher(), List.of(), model);
	}

	@VirtualSchoolOrAdmin
	@PostMapping(SETTING + "/listed-people/new")
	String listPerson(@PathVariable long id, @ModelAttribute ListPersonForm form, Model model,
			RedirectAttributes redirect) {
		var setting = setting(id);
		List<ErrorMessage> errors = form.errors();
		if (errors.isEmpty()) {
			alreadyBelongs(setting, form.email()).ifPresent(errors::add);
		}
		if (!errors.isEmpty()) {
			return listPersonPage(setting, form, errors, model);
		}
		administration.listPerson(setting.id(), setting.name(), form.person());
		redirect.addFlashAttribute(SettingsController.NOTICE, form.forename() + " " + form.surname()
				+ " has been listed. We have emailed " + form.email() + " to tell them how to register.");
		return "redirect:" + SettingsController.settingPath(setting.id());
	}

	@AdminOnly
	@PostMapping(SETTING + "/listed-people/remove")
	String unlist(@PathVariable long id, @RequestParam String email, RedirectAttributes redirect) {
		var setting = setting(id);
		if (people.unlistPerson(setting.id(), email)) {
			redirect.addFlashAttribute(SettingsController.NOTICE, email + " is no longer listed.");
		}
		return "redirect:" + SettingsController.settingPath(setting.id());
	}

	@AdminOnly
	@GetMapping(SETTING + "/members/new")
	String addMemberForm(@PathVariable long id, Model model) {
		return addMemberPage(setting(id), AddMemberForm.empty(), List.of(), model);
	}

	@AdminOnly
	@PostMapping(SETTING + "/members/new")
	String addMember(@PathVariable long id, @ModelAttribute AddMemberForm form, Model model,
			RedirectAttributes redirect) {
		var setting = setting(id);
		List<ErrorMessage> errors = form.errors();
		PortalUser professional = null;
		if (errors.stream().noneMatch(error -> error.field().equals("email"))) {
			professional = accounts.findByEmail(form.email()).filter(account -> account.hasRole(Role.PROFESSIONAL)).orElse(null);
			if (professional == null) {
				errors.add(new ErrorMessage("email", "There is no professional account with this email address"));
			}
			else if (directory.member(setting.id(), professional.id()).isPresent()) {
				errors.add(new ErrorMessage("email", professional.displayName() + " is already a member of " + setting.name()));
			}
		}
		if (!errors.isEmpty()) {
			return addMemberPage(setting, form, errors, model);
		}
		administration.addMember(setting.id(), professional.id(), form.email(), form.jobTitle());
		redirect.addFlashAttribute(SettingsController.NOTICE,
				professional.displayName() + " is now a member of " + setting.name() + ".");
		return "redirect:" + SettingsController.settingPath(setting.id());
	}

	@AdminOnly
	@GetMapping(SETTING + "/members/{account}/remove")
	String confirmRemoval(@PathVariable long id, @PathVariable long account, Model model) {
		var setting = setting(id);
		var member = directory.member(setting.id(), new AccountId(account))
			.flatMap(found -> accounts.find(found.account()))
			.orElseThrow(NotVisible::new);
		model.addAttribute("settingName", setting.name());
		model.addAttribute("memberName", member.displayName());
		model.addAttribute("action", removeMemberPath(setting.id(), member.id()));
		model.addAttribute("backLink", SettingsController.settingPath(setting.id()));
		return "people/settings/remove-member";
	}

	@AdminOnly
	@PostMapping(SETTING + "/members/{account}/remove")
	String removeMember(@PathVariable long id, @PathVariable long account, RedirectAttributes redirect) {
		var setting = setting(id);
		var member = accounts.find(new AccountId(account)).orElseThrow(NotVisible::new);
		if (people.removeFromSetting(member.id(), setting.id())) {
			redirect.addFlashAttribute(SettingsController.NOTICE,
					member.displayName() + " has been removed from " + setting.name() + ".");
		}
		return "redirect:" + SettingsController.settingPath(setting.id());
	}

	private SettingDirectory.Setting setting(long id) {
		return directory.find(new SettingId(id)).orElseThrow(NotVisible::new);
	}

	/** Listing someone who is listed already, or who is a member already, would change nothing. */
	private Optional<ErrorMessage> alreadyBelongs(SettingDirectory.Setting setting, String email) {
		if (directory.isListed(setting.id(), email)) {
			return Optional.of(new ErrorMessage("email", email + " is already listed for " + setting.name()));
		}
		return accounts.findByEmail(email)
			.filter(account -> directory.member(setting.id(), account.id()).isPresent())
			.map(account -> new ErrorMessage("email", account.displayName() + " is already a member of " + setting.name()));
	}

	private static String listPersonPage(SettingDirectory.Setting setting, ListPersonForm form, List<ErrorMessage> errors,
			Model model) {
		model.addAttribute("settingName", setting.name());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("action", listPersonPath(setting.id()));
		model.addAttribute("backLink", SettingsController.settingPath(setting.id()));
		return "people/settings/list-person";
	}

	private static String addMemberPage(SettingDirectory.Setting setting, AddMemberForm form, List<ErrorMessage> errors,
			Model model) {
		model.addAttribute("settingName", setting.name());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("action", addMemberPath(setting.id()));
		model.addAttribute("backLink", SettingsController.settingPath(setting.id()));
		return "people/settings/add-member";
	}

}
