-- Every open user task of every process, written by the engine's own listener (workflow.WorkItemListener)
-- in the engine's transaction: created, (re)assigned, re-dated, completed, deleted, process ended or cancelled.
-- Worktrays, home tiles and the child record read this table; none of them asks the engine.
create table work_item (
    task_id             varchar(64)  primary key,
    process_instance_id varchar(64)  not null,
    process_key         varchar(100) not null,
    business_key        varchar(100) not null,
    -- the case's own row in its feature's table (a PEP's id), from the process variable caseId
    case_id             bigint       not null,
    child_id            bigint       not null references child (id),
    task_key            varchar(100) not null,
    -- who sent the work: the process variable requestedBy
    requested_by        bigint references account (id),
    assignee_id         bigint references account (id),
    due_at              timestamp with time zone,
    follow_up_at        timestamp with time zone,
    created_at          timestamp with time zone not null
);

create index work_item_assignee_ix on work_item (assignee_id, due_at);
create index work_item_process_ix on work_item (process_instance_id);
create index work_item_case_ix on work_item (process_key, case_id);
create index work_item_child_ix on work_item (child_id);

-- Who may pick a work item up, as the BPMN says it (candidate users and groups) and resolved for
-- the worktray: an account, an education setting's members, a staff role, or a role on the
-- child's case ("child:SOCIAL_WORKER", re-resolved when that person changes).
create table work_item_holder (
    task_id      varchar(64) not null references work_item (task_id) on delete cascade,
    account_id   bigint references account (id),
    setting_id   bigint references education_setting (id),
    role         varchar(30),
    relationship varchar(30)
);

create index work_item_holder_task_ix on work_item_holder (task_id);
create index work_item_holder_account_ix on work_item_holder (account_id, task_id);
create index work_item_holder_setting_ix on work_item_holder (setting_id, task_id);
create index work_item_holder_role_ix on work_item_holder (role, task_id);
create index work_item_holder_relationship_ix on work_item_holder (relationship, task_id);

-- A PEP's open task is its work item now; the copy on the PEP went stale when an administrator cancelled it.
alter table pep drop column task_id;
-- Its due date is its work item's too: the trackers read work_item.due_at, the one the engine keeps.
drop index pep_stage_due_ix;
create index pep_stage_ix on pep (stage);
alter table pep drop column due_date;
