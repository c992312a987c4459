/* QIPP arithmetic: RAG at each boundary, net from a risk adjustment, phasing that never
 * loses a pound, variance percentages. */
#include "config.h"

#include "check.h"
#include "pmwb/qipp.h"
#include "pmwb/qipp_sums.h"

#define K 1000 /* the seed sheets' unit, £'000 */

static void test_rag_boundaries(void)
{
	struct qipp_rag_rules r;
	static const struct {
		money_pounds plan, forecast;
		enum qipp_rag want;
	} cases[] = {
		{100 * K, 100 * K, QIPP_GREEN},
		{100 * K, 95 * K, QIPP_GREEN},        /* exactly 95% */
		{100 * K, 95 * K - 1, QIPP_AMBER},    /* one pound under */
		{100 * K, 80 * K, QIPP_AMBER},        /* exactly 80% */
		{100 * K, 80 * K - 1, QIPP_RED},
		{100 * K, 0, QIPP_RED},
		{100 * K, -5 * K, QIPP_RED},
		{100 * K, 150 * K, QIPP_GREEN},       /* over-delivery */
		{6532 * K, 6206 * K, QIPP_GREEN},     /* 95% of 6,532k is 6,205.4k */
		{0, 0, QIPP_GREEN},                   /* nothing planned, nothing lost */
		{0, -1, QIPP_RED},
		{-2852 * K, -2852 * K, QIPP_GREEN},   /* an investment on budget */
		{-2852 * K, -3000 * K, QIPP_RED},     /* an investment overspent */
	};

	qipp_rag_rules_default(&r);
	CHECK_INT(r.green_pct, 95);
	CHECK_INT(r.amber_pct, 80);
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		CHECK_INT(qipp_rag_of(&r, cases[i].plan, 1, cases[i].forecast), cases[i].want);
	}
	CHECK_INT(qipp_rag_of(&r, 6532 * K, 1, 6205400), QIPP_GREEN);
	CHECK_INT(qipp_rag_of(&r, 6532 * K, 1, 6205399), QIPP_AMBER);
	/* No forecast is never Green, whatever the plan. */
	CHECK_INT(qipp_rag_of(&r, 100 * K, 0, 100 * K), QIPP_NOT_REPORTED);
	CHECK_INT(qipp_rag_of(&r, 0, 0, 0), QIPP_NOT_REPORTED);

	r.green_pct = 100;
	r.amber_pct = 90;
	CHECK_INT(qipp_rag_of(&r, 100 * K, 1, 99999), QIPP_AMBER);
	CHECK_INT(qipp_rag_of(&r, 100 * K, 1, 90 * K), QIPP_AMBER);
	CHECK_INT(qipp_rag_of(&r, 100 * K, 1, 90 * K - 1), QIPP_RED);
}

static void test_rag_rules_validation(void)
{
	struct pmwb_error e;
	struct qipp_rag_rules ok = {95, 80}, same = {90, 90}, upside = {80, 95}, zero = {95, 0},
			      huge = {250, 80};

	CHECK_INT(qipp_rag_rules_validate(&ok, &e), PMWB_OK);
	CHECK_INT(qipp_rag_rules_validate(&same, &e), PMWB_OK);
	CHECK_INT(qipp_rag_rules_validate(&upside, &e), PMWB_INPUT);
	CHECK_CONTAINS(e.msg, "Amber no higher than Green");
	CHECK_INT(qipp_rag_rules_validate(&zero, &e), PMWB_INPUT);
	CHECK_INT(qipp_rag_rules_validate(&huge, &e), PMWB_INPUT);
}

static void test_rag_names_and_moves(void)
{
	CHECK_STR(qipp_rag_name(QIPP_GREEN), "Green");
	CHECK_STR(qipp_rag_name(QIPP_NOT_REPORTED), "Not reported");
	CHECK_STR(qipp_rag_letter(QIPP_AMBER), "A");
	CHECK_STR(qipp_rag_letter(QIPP_NOT_REPORTED), "-");
	CHECK_INT(qipp_rag_moved_down(QIPP_GREEN, QIPP_AMBER), 1);
	CHECK_INT(qipp_rag_moved_down(QIPP_AMBER, QIPP_RED), 1);
	CHECK_INT(qipp_rag_moved_down(QIPP_GREEN, QIPP_RED), 1);
	CHECK_INT(qipp_rag_moved_down(QIPP_RED, QIPP_AMBER), 0);
	CHECK_INT(qipp_rag_moved_down(QIPP_GREEN, QIPP_GREEN), 0);
	CHECK_INT(qipp_rag_moved_down(QIPP_GREEN, QIPP_NOT_REPORTED), 0);
	CHECK_INT(qipp_rag_moved_down(QIPP_NOT_REPORTED, QIPP_RED), 0);
}

static void test_net(void)
{
	struct pmwb_error e;
	money_pounds net = -1;

	CHECK_INT(qipp_net_from_adjustment(1000 * K, 0, &net, &e), PMWB_OK);
	CHECK_INT(net, 1000 * K);
	CHECK_INT(qipp_net_from_adjustment(1000 * K, 25, &net, &e), PMWB_OK);
	CHECK_INT(net, 750 * K);
	CHECK_INT(qipp_net_from_adjustment(1000 * K, 100, &net, &e), PMWB_OK);
	CHECK_INT(net, 0);
	/* 333 * 0.5 = 166.5 rounds away from zero, both signs. */
	CHECK_INT(qipp_net_from_adjustment(333, 50, &net, &e), PMWB_OK);
	CHECK_INT(net, 167);
	CHECK_INT(qipp_net_from_adjustment(-333, 50, &net, &e), PMWB_OK);
	CHECK_INT(net, -167);
	CHECK_INT(qipp_net_from_adjustment(1000, 101, &net, &e), PMWB_INPUT);
	CHECK_CONTAINS(e.msg, "101%");
	CHECK_INT(qipp_net_from_adjustment(1000, -1, &net, &e), PMWB_INPUT);
}

static void test_even_phasing(void)
{
	struct pmwb_error e;
	money_pounds ytd = -1, share, sum = 0;

	/* Planned Care 2013/14: £6,532k over 12 months, half-year 3,266k. */
	CHECK_INT(qipp_ytd_plan(6532 * K, 6, NULL, &ytd, &e), PMWB_OK);
	CHECK_INT(ytd, 3266 * K);
	CHECK_INT(qipp_ytd_plan(6532 * K, 0, NULL, &ytd, &e), PMWB_OK);
	CHECK_INT(ytd, 0);
	CHECK_INT(qipp_ytd_plan(6532 * K, 12, NULL, &ytd, &e), PMWB_OK);
	CHECK_INT(ytd, 6532 * K);
	/* 100 pounds over 12 months: shares of 8 and 9 that add up to 100 exactly. */
	for (int m = 1; m <= 12; m++) {
		CHECK_INT(qipp_month_plan(100, m, NULL, &share, &e), PMWB_OK);
		CHECK(share == 8 || share == 9);
		sum += share;
	}
	CHECK_INT(sum, 100);
	CHECK_INT(qipp_ytd_plan(100, 13, NULL, &ytd, &e), PMWB_INPUT);
	CHECK_INT(qipp_ytd_plan(100, -1, NULL, &ytd, &e), PMWB_INPUT);
	CHECK_INT(qipp_month_plan(100, 0, NULL, &share, &e), PMWB_INPUT);
	/* Negative plans (costs) phase the same way. */
	CHECK_INT(qipp_ytd_plan(-1278 * K, 3, NULL, &ytd, &e), PMWB_OK);
	CHECK_INT(ytd, -319500);
}

static void test_weighted_phasing(void)
{
	struct pmwb_error e;
	/* Nothing in the first quarter, then even: a scheme that starts in July. */
	static const int from_july[12] = {0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1};
	static const int thirds[12] = {1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0};
	static const int negative[12] = {1, -1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
	static const int none[12] = {0};
	money_pounds ytd, share, sum = 0;

	CHECK_INT(qipp_ytd_plan(900 * K, 3, from_july, &ytd, &e), PMWB_OK);
	CHECK_INT(ytd, 0);
	CHECK_INT(qipp_ytd_plan(900 * K, 6, from_july, &ytd, &e), PMWB_OK);
	CHECK_INT(ytd, 300 * K);
	for (int m = 1; m <= 12; m++) {
		CHECK_INT(qipp_month_plan(100, m, thirds, &share, &e), PMWB_OK);
		sum += share;
	}
	CHECK_INT(sum, 100); /* 33 + 34 + 33, never 99 */
	CHECK_INT(qipp_ytd_plan(100, 3, negative, &ytd, &e), PMWB_INPUT);
	CHECK_CONTAINS(e.msg, "month 2");
	CHECK_INT(qipp_ytd_plan(100, 3, none, &ytd, &e), PMWB_INPUT);
}

static void test_variance(void)
{
	int t = 0;

	CHECK_INT(qipp_variance_tenths(-5 * K, 100 * K, &t), 1);
	CHECK_INT(t, -50);
	CHECK_INT(qipp_variance_tenths(1, 3, &t), 1); /* 33.33% */
	CHECK_INT(t, 333);
	CHECK_INT(qipp_variance_tenths(2, 3, &t), 1); /* 66.67% rounds up */
	CHECK_INT(t, 667);
	CHECK_INT(qipp_variance_tenths(-2, 3, &t), 1);
	CHECK_INT(t, -667);
	CHECK_INT(qipp_variance_tenths(100, 0, &t), 0);
	/* Against a cost, spending more is a worse (negative) variance. */
	CHECK_INT(qipp_variance_tenths(-100, -1000, &t), 1);
	CHECK_INT(t, -100);
}

static void test_sums(void)
{
	struct qipp_rag_rules r;
	struct pmwb_error e;
	struct qipp_sums a, b, total = {0};
	/* 100k net, forecast 96k (Green), a month ago 99k. */
	struct qipp_figures green = {.has_gross = 1, .gross = 120 * K, .has_net = 1, .net = 100 * K,
				     .ytd_actual = 40 * K, .has_forecast = 1, .forecast = 96 * K,
				     .has_prev_forecast = 1, .prev_forecast = 99 * K};
	/* 200k gross, 50% risk adjustment: net 100k; forecast 70k (Red), a month ago 85k (Amber). */
	struct qipp_figures adjusted = {.has_gross = 1, .gross = 200 * K, .has_adjust = 1,
					.adjust_pct = 50, .ytd_actual = 10 * K, .has_forecast = 1,
					.forecast = 70 * K, .has_prev_forecast = 1,
					.prev_forecast = 85 * K};
	struct qipp_figures silent = {.has_gross = 1, .gross = 60 * K};
	struct qipp_figures bad = {.has_gross = 1, .gross = 1, .has_adjust = 1, .adjust_pct = 120};

	qipp_rag_rules_default(&r);
	CHECK_INT(qipp_sums_of_figures(&green, 6, &r, &a, &e), PMWB_OK);
	CHECK_INT(a.net, 100 * K);
	CHECK_INT(a.ytd_plan, 50 * K);
	CHECK_INT(qipp_sums_rag(&r, &a), QIPP_GREEN);
	CHECK_INT(qipp_sums_moved_down(&r, &a), 0);
	CHECK_INT(a.n_rag[QIPP_GREEN], 1);
	CHECK_INT(qipp_sums_of_figures(&adjusted, 6, &r, &b, &e), PMWB_OK);
	CHECK_INT(b.net, 100 * K);
	CHECK_INT(qipp_sums_rag(&r, &b), QIPP_RED);
	CHECK_INT(qipp_sums_prev_rag(&r, &b), QIPP_AMBER);
	CHECK_INT(qipp_sums_moved_down(&r, &b), 1);
	CHECK_INT(qipp_sums_variance(&b), -30 * K);
	qipp_sums_add(&total, &a);
	qipp_sums_add(&total, &b);
	/* The total's RAG is from the money (166k of 200k, 83%: Amber), not a vote of one Green
	 * and one Red. */
	CHECK_INT(total.forecast, 166 * K);
	CHECK_INT(total.forecast_plan, 200 * K);
	CHECK_INT(qipp_sums_rag(&r, &total), QIPP_AMBER);
	CHECK_INT(total.n_rag[QIPP_GREEN] + total.n_rag[QIPP_RED], 2);
	/* A scheme with no forecast counts in what RAG compares: 166k forecast against 260k
	 * planned (63.8%) is Red, and the total says 2 of 3 reported. */
	CHECK_INT(qipp_sums_of_figures(&silent, 6, &r, &a, &e), PMWB_OK);
	CHECK_INT(qipp_sums_rag(&r, &a), QIPP_NOT_REPORTED);
	CHECK_INT(qipp_sums_variance(&a), 0);
	qipp_sums_add(&total, &a);
	CHECK_INT(total.net, 260 * K);
	CHECK_INT(total.forecast_plan, 200 * K);
	CHECK_INT(qipp_sums_variance(&total), -94 * K);
	CHECK_INT(qipp_sums_rag(&r, &total), QIPP_RED);
	CHECK_INT(total.schemes, 3);
	CHECK_INT(total.reported, 2);
	CHECK_INT(total.n_rag[QIPP_NOT_REPORTED], 1);
	CHECK_INT(qipp_sums_of_figures(&bad, 6, &r, &a, &e), PMWB_INPUT);
}

/* One scheme of three reports, forecasting the whole plan and more: still not Green. */
static void test_minority_never_green(void)
{
	struct qipp_rag_rules r;
	struct pmwb_error e;
	struct qipp_sums one, total = {0};
	struct qipp_figures big = {.has_net = 1, .net = 100 * K, .has_forecast = 1,
				   .forecast = 300 * K};
	struct qipp_figures silent = {.has_net = 1, .net = 100 * K};

	qipp_rag_rules_default(&r);
	CHECK_INT(qipp_sums_of_figures(&big, 6, &r, &one, &e), PMWB_OK);
	qipp_sums_add(&total, &one);
	CHECK_INT(qipp_sums_of_figures(&silent, 6, &r, &one, &e), PMWB_OK);
	qipp_sums_add(&total, &one);
	qipp_sums_add(&total, &one);
	CHECK_INT(total.forecast, 300 * K);
	CHECK_INT(qipp_sums_rag(&r, &total), QIPP_AMBER);
	/* Two of three reporting is a majority: the money decides. */
	CHECK_INT(qipp_sums_of_figures(&big, 6, &r, &one, &e), PMWB_OK);
	qipp_sums_add(&total, &one);
	CHECK_INT(qipp_sums_rag(&r, &total), QIPP_GREEN);
}

static void test_elapsed_and_entry_rules(void)
{
	fy_month apr13 = 2013 * 12 + 3;
	struct qipp_rag_rules r;
	struct pmwb_error e;
	struct qipp_sums s;
	struct qipp_figures f = {.has_net = 1, .net = 120 * K};

	CHECK_INT(qipp_months_elapsed(apr13, apr13 + 5, apr13 + 11), 6);
	CHECK_INT(qipp_months_elapsed(apr13, apr13 + 5, apr13 + 2), 3); /* today comes first */
	CHECK_INT(qipp_months_elapsed(apr13, apr13, apr13 - 7), 0);     /* not started */
	CHECK_INT(qipp_months_elapsed(apr13, apr13 + 11, apr13 + 40), 12);
	qipp_rag_rules_default(&r);
	CHECK_INT(qipp_sums_of_figures(&f, 0, &r, &s, &e), PMWB_OK);
	CHECK_INT(s.has_ytd_plan, 0);
	CHECK_INT(s.has_net, 1);
	/* 150% of 363k is 544.5k: 544,500 is allowed, a pound more is not; either sign. */
	CHECK_INT(qipp_is_outlier(363 * K, 544500, 150), 0);
	CHECK_INT(qipp_is_outlier(363 * K, 544501, 150), 1);
	CHECK_INT(qipp_is_outlier(363 * K, -544501, 150), 1);
	CHECK_INT(qipp_is_outlier(-36 * K, -60 * K, 150), 1);
	CHECK_INT(qipp_is_outlier(0, 1200 * K, 150), 0);
	/* A forecast outturn with no plan for the year: a forecast, and no variance. */
	struct qipp_figures outturn = {.has_forecast = 1, .forecast = 579 * K};
	CHECK_INT(qipp_sums_of_figures(&outturn, 9, &r, &s, &e), PMWB_OK);
	CHECK_INT(s.has_forecast, 1);
	CHECK_INT(qipp_sums_has_variance(&s), 0);
	CHECK_INT(qipp_sums_variance(&s), 0);
	CHECK_INT(qipp_actual_allowed(apr13 + 5, apr13 + 5), 1);
	CHECK_INT(qipp_actual_allowed(apr13 + 6, apr13 + 5), 0);
}

int main(void)
{
	test_sums();
	test_minority_never_green();
	test_elapsed_and_entry_rules();
	test_rag_boundaries();
	test_rag_rules_validation();
	test_rag_names_and_moves();
	test_net();
	test_even_phasing();
	test_weighted_phasing();
	test_variance();
	return check_done();
}
