-- A large portfolio for the workbench benchmark (bench/gantt.sh), written through pmwb's own
-- schema: run after 'pmwb -f big.db init'.  200 programmes, 10,000 projects with five
-- phases each spread over 12 financial years (2010/11-2021/22), 50,000 milestones, 20,000
-- risks and 2,000 QIPP schemes with a plan and monthly forecasts.  Deterministic: the same
-- file every time, so rounds and machines compare.
PRAGMA journal_mode = DELETE; -- a bulk load is faster without WAL (PERF-NOTES)
BEGIN;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200)
INSERT INTO programme (id, code, name, organisation, chair, sro, lead, manager, start_fy, end_fy,
		       summary)
SELECT i, printf('P%03d', i), printf('Programme %03d %s', i,
	CASE i % 5 WHEN 0 THEN 'Planned Care' WHEN 1 THEN 'Unscheduled Care'
	WHEN 2 THEN 'Primary Care' WHEN 3 THEN 'Mental Health' ELSE 'Children' END),
	'Benchmark CCG', 'Chair ' || i, 'SRO ' || (i % 17), 'Lead ' || (i % 23), 'Manager ' || i,
	2010, 2021, 'A generated programme for the benchmark.'
FROM n;

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10000)
INSERT INTO project (id, programme_id, name, description, success_measures, value)
SELECT i, (i - 1) / 50 + 1, printf('Project %05d scheme for service redesign', i),
	'A generated project: review, redesign and re-procure a service.',
	'Fewer admissions; lower cost; patients seen sooner.',
	((i * 7919) % 3000 - 300) * 1000
FROM n;

-- Five phases S D P I R, back to back, 1-4 quarters each, starting somewhere in the first
-- seven years: every project's plan lies inside 2010/11 Q1 .. 2021/22 Q4.
CREATE TEMP TABLE plan AS
SELECT id,
	8040 + (id * 7) % 28 AS s0,
	1 + (id * 3) % 4 AS l0, 1 + (id * 5) % 4 AS l1, 1 + (id * 11) % 4 AS l2,
	1 + (id * 13) % 4 AS l3, 1 + (id * 17) % 4 AS l4
FROM project;
INSERT INTO phase (project_id, letter, start_q, end_q)
SELECT id, 'S', s0, s0 + l0 - 1 FROM plan;
INSERT INTO phase (project_id, letter, start_q, end_q)
SELECT id, 'D', s0 + l0, s0 + l0 + l1 - 1 FROM plan;
INSERT INTO phase (project_id, letter, start_q, end_q)
SELECT id, 'P', s0 + l0 + l1, s0 + l0 + l1 + l2 - 1 FROM plan;
INSERT INTO phase (project_id, letter, start_q, end_q)
SELECT id, 'I', s0 + l0 + l1 + l2, s0 + l0 + l1 + l2 + l3 - 1 FROM plan;
INSERT INTO phase (project_id, letter, start_q, end_q)
SELECT id, 'R', s0 + l0 + l1 + l2 + l3, s0 + l0 + l1 + l2 + l3 + l4 - 1 FROM plan;

-- Five milestones a project, dated by month (fy_month ordinals) across the 12 years.
WITH RECURSIVE k(j) AS (SELECT 1 UNION ALL SELECT j + 1 FROM k WHERE j < 5)
INSERT INTO milestone (programme_id, project_id, name, due_text, due_first, due_last)
SELECT p.programme_id, p.id, 'Milestone ' || j, 'generated',
	2010 * 12 + 3 + (p.id * 13 + j * 17) % 144, 2010 * 12 + 3 + (p.id * 13 + j * 17) % 144
FROM project p, k;

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000)
INSERT INTO risk (ref, programme_id, title, owner, likelihood, impact, status)
SELECT printf('R%05d', i), (i - 1) % 200 + 1, 'Generated risk ' || i, 'Owner ' || (i % 31),
	1 + (i * 7) % 5, 1 + (i * 11) % 5, 'open'
FROM n;

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000)
INSERT INTO qipp_scheme (id, programme_id, name, area_of_spend, recurrence, category)
SELECT i, (i - 1) / 10 + 1, 'Scheme ' || i, 'Acute Contract', 'R', 'New (firm)' FROM n;
INSERT INTO qipp_plan (scheme_id, fy, gross, net)
SELECT id, 2013, 100000 + (id * 37) % 500 * 1000, 90000 + (id * 37) % 450 * 1000 FROM qipp_scheme;
-- Six months of forecasts (April-September 2013) for nine schemes in ten.
WITH RECURSIVE m(k) AS (SELECT 0 UNION ALL SELECT k + 1 FROM m WHERE k < 5)
INSERT INTO qipp_month (scheme_id, month, forecast, actual)
SELECT s.id, 2013 * 12 + 3 + k, 80000 + (s.id * 53 + k) % 400 * 1000, (s.id * 29) % 90 * 1000
FROM qipp_scheme s, m WHERE s.id % 10 <> 0;
COMMIT;
ANALYZE;
PRAGMA journal_mode = WAL;
