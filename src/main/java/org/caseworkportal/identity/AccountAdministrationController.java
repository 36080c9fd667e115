package org.caseworkportal.identity;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.caseworkportal.identity.AccountAdministration.Actor;
import org.caseworkportal.identity.AccountAdministration.Administered;
import org.caseworkportal.identity.audit.ClientAddress;
import org.caseworkportal.web.AdminOnly;
import org.caseworkportal.web.NotVisible;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators' account pages: search, status, and the actions that change an account's standing. */
@Controller
class AccountAdministrationController {

	static final String ACCOUNTS = "/admin/accounts";

	private final AccountAdministration administration;

	AccountAdministrationController(AccountAdministration administration) {
		this.administration = administration;
	}

	@AdminOnly
	@GetMapping(ACCOUNTS)
	String search(@RequestParam(defaultValue = "") String q, Model model) {
		List<Administered> found = administration.search(q);
		model.addAttribute("q", q);
		model.addAttribute("rows", found.stream().map(AccountRow::of).toList());
		model.addAttribute("mostShown", AccountAdministration.MOST_SHOWN);
		return "identity/admin-accounts";
	}

	@AdminOnly
	@GetMapping(ACCOUNTS + "/{id}")
	String account(@PathVariable long id, Model model) {
		Administered found = find(id);
		model.addAttribute("account", AccountRow.of(found));
		model.addAttribute("status", found.status());
		return "identity/admin-account";
	}

	@AdminOnly
	@PostMapping(ACCOUNTS + "/{id}/disable")
	String disable(@PathVariable long id, @AuthenticationPrincipal PortalUser administrator,
			HttpServletRequest request, RedirectAttributes redirect) {
		Administered found = find(id);
		if (found.account().id().equals(administrator.id())) {
			redirect.addFlashAttribute("done", "You cannot switch off your own account");
			return backTo(id);
		}
		administration.disable(found.account(), actor(administrator, request));
		redirect.addFlashAttribute("done", "Account switched off and signed out everywhere");
		return backTo(id);
	}

	@AdminOnly
	@PostMapping(ACCOUNTS + "/{id}/enable")
	String enable(@PathVariable long id, @AuthenticationPrincipal PortalUser administrator,
			HttpServletRequest request, RedirectAttributes redirect) {
		administration.enable(find(id).account(), actor(administrator, request));
		redirect.addFlashAttribute("done", "Account switched on");
		return backTo(id);
	}

	@AdminOnly
	@PostMapping(ACCOUNTS + "/{id}/unblock")
	String unblock(@PathVariable long id, @AuthenticationPrincipal PortalUser administrator,
			HttpServletRequest request, RedirectAttributes redirect) {
		administration.unblock(find(id).account(), actor(administrator, request));
		redirect.addFlashAttribute("done", "Sign-in unblocked: they can try again now");
		return backTo(id);
	}

	@AdminOnly
	@PostMapping(ACCOUNTS + "/{id}/remind")
	String remindToVerify(@PathVariable long id, RedirectAttributes redirect) {
		Administered found = find(id);
		if (found.status() == AccountStatus.UNVERIFIED) {
			administration.remindToVerify(found.account());
			redirect.addFlashAttribute("done", "Email sent asking them to confirm their address");
		}
		return backTo(id);
	}

	private Administered find(long id) {
		return administration.find(new AccountId(id))
			.orElseThrow(NotVisible::new);
	}

	private static Actor actor(PortalUser administrator, HttpServletRequest request) {
		return new Actor(administrator.email(), ClientAddress.of(request));
	}

	private static String backTo(long id) {
		return "redirect:" + ACCOUNTS + "/" + id;
	}

	/** One account as the pages show it. Public only so that templates can read it. */
	public record AccountRow(long id, String name, String email, String roles, String status, String statusColour) {

		static AccountRow of(Administered administered) {
			StoredAccount account = administered.account();
			return new AccountRow(account.id().value(), account.fullName(), account.email(),
					String.join(", ", account.roles().stream().map(Role::label).sorted().toList()),
					administered.status().label(), administered.status().tagColour());
		}

	}

}
