package org.caseworkportal.people.settings;

import java.util.List;

import org.caseworkportal.identity.Accounts;
import org.caseworkportal.identity.PortalUser;
import org.caseworkportal.identity.Role;
import org.caseworkportal.people.Phase;
import org.caseworkportal.people.SettingId;
import org.caseworkportal.web.ErrorMessage;
import org.caseworkportal.web.NotVisible;
import org.caseworkportal.web.VirtualSchoolOrAdmin;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The staff pages for education settings: the list, adding a school or college with its
 * Designated Teacher, and one setting's members and listed people. Virtual School officers and
 * administrators use them; only administrators change who is a member (see
 * {@link SettingMembersController}).
 */
@Controller
class SettingsController {

	static final String SETTINGS = "/staff/settings";

	static final String NEW_SETTING = SETTINGS + "/new";

	static final String NOTICE = "notice";

	private final SettingDirectory directory;

	private final SettingAdministration administration;

	private final Accounts accounts;

	SettingsController(SettingDirectory directory, SettingAdministration administration, Accounts accounts) {
		this.directory = directory;
		this.administration = administration;
		this.accounts = accounts;
	}

	static String settingPath(SettingId setting) {
		return SETTINGS + "/" + setting.value();
	}

	@VirtualSchoolOrAdmin
	@GetMapping(SETTINGS)
	String settings(@RequestParam(defaultValue = "") String search, Model model) {
		model.addAttribute("search", search.strip());
		model.addAttribute("settings", directory.search(search).stream().map(SettingRow::of).toList());
		return "people/settings/settings";
	}

	@VirtualSchoolOrAdmin
	@GetMapping(NEW_SETTING)
	String newSetting(Model model) {
		return newSettingPage(NewSettingForm.empty(), List.of(), model);
	}

	@VirtualSchoolOrAdmin
	@PostMapping(NEW_SETTING)
	String addSetting(@ModelAttribute NewSettingForm form, Model model, RedirectAttributes redirect) {
		List<ErrorMessage> errors = form.errors();
		if (errors.stream().noneMatch(error -> error.field().equals("urn"))) {
			directory.nameOfSettingWithUrn(form.urn())
				.ifPresent(name -> errors.add(new ErrorMessage("urn", name + " already has URN " + form.urn())));
		}
		if (!errors.isEmpty()) {
			return newSettingPage(form, errors, model);
		}
		SettingId setting = administration.addSetting(form);
		redirect.addFlashAttribute(NOTICE, form.name() + " has been added. We have emailed " + form.teacherEmail()
				+ " and " + form.nominatedEmail() + " to tell them how to register.");
		return "redirect:" + settingPath(setting);
	}

	@VirtualSchoolOrAdmin
	@GetMapping(SETTINGS + "/{id}")
	String setting(@PathVariable long id, @AuthenticationPrincipal PortalUser user, Model model) {
		var setting = directory.find(new SettingId(id)).orElseThrow(NotVisible::new);
		model.addAttribute("setting", SettingRow.of(setting));
		model.addAttribute("members", directory.members(setting.id()).stream().map(member -> {
			var account = accounts.find(member.account()).orElseThrow();
			return new MemberRow(account.displayName(), account.email(), member.jobTitle(),
					DisplayDate.of(member.addedAt()), SettingMembersController.removeMemberPath(setting.id(), member.account()));
		}).toList());
		model.addAttribute("listed", directory.listed(setting.id()).stream().map(listing -> {
			var person = listing.person();
			return new ListedRow(person.fullName(), person.email(), person.jobTitle(), DisplayDate.of(listing.listedAt()),
					accounts.findByEmail(person.email()).filter(account -> account.hasRole(Role.PROFESSIONAL)).isPresent());
		}).toList());
		model.addAttribute("canChangeMembers", user.hasRole(Role.ADMIN));
		model.addAttribute("listPersonHref", SettingMembersController.listPersonPath(setting.id()));
		model.addAttribute("unlistHref", SettingMembersController.unlistPath(setting.id()));
		model.addAttribute("addMemberHref", SettingMembersController.addMemberPath(setting.id()));
		return "people/settings/setting";
	}

	private static String newSettingPage(NewSettingForm form, List<ErrorMessage> errors, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("phases", Phase.values());
		return "people/settings/new-setting";
	}

}
