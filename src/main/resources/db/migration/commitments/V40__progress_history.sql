-- Progress reports are a history: a second report for the same period is kept beside the first, not written over it,
-- so the ministry sees what the buyer said and when. The latest report (by when it was made) is the deal's current state.
alter table progress_report drop constraint progress_report_deal_id_period_key;
create index progress_report_deal_latest on progress_report (deal_id, reported_at desc, id desc);
