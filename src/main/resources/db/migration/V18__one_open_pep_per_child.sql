-- A child has at most one PEP in progress. Starting one checks first, for a clear message; this
-- key makes two starts at the same moment (a double click, two officers) end with one PEP: the
-- second waits for the first and finds the child taken. The row goes when the PEP's process ends.
create table pep_open (
    child_id bigint primary key references child (id),
    pep_id   bigint not null unique references pep (id)
);

insert into pep_open (child_id, pep_id)
select child_id, min(id) from pep
where stage not in ('FINALISED', 'RETRACTED', 'ENDED')
group by child_id;
