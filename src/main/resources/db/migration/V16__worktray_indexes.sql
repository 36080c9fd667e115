-- The worktrays (worktray.PepTasks) find a person's open tasks by who holds them: a setting's
-- members, the Virtual School officer who started the PEP, the child's social worker. PostgreSQL
-- does not index foreign keys by itself, and these lists are read on every home page.
create index pep_officer_stage_ix on pep (officer_id, stage);
create index pep_social_worker_stage_ix on pep (social_worker_id, stage);
create index setting_member_account_ix on setting_member (account_id);
