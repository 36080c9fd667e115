-- A worktray lists what is on offer to the person (workflow.WorkItems.IN_WORKTRAY_OF): the work items
-- nobody is assigned that are held by them, by a setting of theirs or by a role of theirs. Whether an
-- item was assigned was read from work_item, so each branch read every item its holder holds, assigned
-- or not, and then the item: with 100,000 open items an officer's worktray and home page read the
-- 10,000 quality assurances held by role:VIRTUAL_SCHOOL (every one assigned to its officer) against
-- the 90,000 unassigned items, about 50 and 35 ms a request on 2 CPUs (bench/README.md, WorktrayBenchmark).
-- Each holder now says whether its item is on offer, kept with the item's assignee by
-- workflow.WorkItemStore, and a person's offered items are one range of these indexes. (A partial
-- index "where offered" would be smaller, but H2 has none.)
alter table work_item_holder add column offered boolean default true not null;

update work_item_holder set offered = false
where task_id in (select task_id from work_item where assignee_id is not null);

drop index work_item_holder_account_ix;
drop index work_item_holder_setting_ix;
drop index work_item_holder_role_ix;
create index work_item_holder_account_ix on work_item_holder (account_id, offered, task_id);
create index work_item_holder_setting_ix on work_item_holder (setting_id, offered, task_id);
create index work_item_holder_role_ix on work_item_holder (role, offered, task_id);
