package org.caseworkportal.workflow;

import java.util.List;

import org.caseworkportal.identity.AccountId;
import org.caseworkportal.identity.Role;
import org.caseworkportal.people.SettingId;

/**
 * Who holds a work item now, resolved: the people (its assignee, or else its candidate people and
 * the people in its case roles), the settings whose members may pick it up, and the staff roles
 * that may. Whom to tell about it.
 */
public record Holders(List<AccountId> people, List<SettingId> settings, List<Role> roles) {

}
