package org.caseworkportal.people;

import java.util.List;

import org.caseworkportal.identity.PortalUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one rule for who may see a child: a person linked to the child (social worker, Virtual
 * School officer, SEN caseworker, parent) or a member of the child's education setting. Every
 * page that shows a child's data asks here; engine authorization is not relied on.
 */
@Service
@Transactional(readOnly = true)
public class ChildAccessPolicy {

	private static final String VISIBLE_CHILD_IDS = """
			select child_id from child_link where account_id = :account
			union
			select c.id from child c join setting_member m on m.setting_id = c.setting_id where m.account_id = :account""";

	private final JdbcClient jdbc;

	ChildAccessPolicy(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<ChildSummary> childrenVisibleTo(PortalUser user) {
		return jdbc.sql("""
				select c.id, c.forename, c.surname, c.date_of_birth, c.upn, s.name as setting_name, c.in_care, c.send_status
				from child c left join education_setting s on s.id = c.setting_id
				where c.id in (""" + VISIBLE_CHILD_IDS + ") order by c.surname, c.forename")
			.param("account", user.id().value())
			.query((rs, row) -> new ChildSummary(new ChildId(rs.getLong("id")), rs.getString("forename"),
					rs.getString("surname"), rs.getDate("date_of_birth").toLocalDate(), rs.getString("upn"),
					rs.getString("setting_name"), rs.getBoolean("in_care"), SendStatus.valueOf(rs.getString("send_status"))))
			.list();
	}

}
