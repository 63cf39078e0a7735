-- How sure the reader was of each proposal, from 0 to 1 (a trained component's probability, or the precision of the
-- rules' kind of proposal on documents they were not written against), so that the review page can put the least
-- certain first. Proposals stored before were all made by the rules: each takes its kind's figure as
-- org.bilateral.extraction.Confidence gives it (RULES_EVENTS, RULES_PEOPLE, RULES_ORGANISATIONS, RULES_PURCHASES,
-- RULES_ISSUES), kept to the thousandth.
alter table proposal add column confidence numeric(4, 3);
update proposal
set confidence = case subject
                     when 'event' then 0.710
                     when 'person' then 0.466
                     when 'organisation' then 0.519
                     when 'commitment' then 0.091
                     when 'issue' then 1.000
    end;
alter table proposal
    alter column confidence set not null,
    add constraint proposal_confidence_between_0_and_1 check (confidence between 0 and 1);
