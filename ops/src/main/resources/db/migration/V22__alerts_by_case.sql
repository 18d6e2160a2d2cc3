-- A re-assessed risk or a transferred case moves all of the case's alerts.
create index team_alert_by_case on team_alert (case_id);
