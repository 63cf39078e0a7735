-- When each stage entered the register, so that the first page can say which deals moved stage since the last brief.
-- Stages recorded before this migration keep no time (null): when they entered is not known, and stamping them with
-- the migration's time would list every deal as moved. A stage read from a report is dated by the report's recorded_at.
alter table deal_stage add column recorded_at timestamptz;
alter table deal_stage alter column recorded_at set default now();
create index deal_stage_recorded on deal_stage (recorded_at) where recorded_at is not null;
