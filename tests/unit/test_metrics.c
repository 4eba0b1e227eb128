/* test_metrics.c: the counters and latency quantiles of `parley serve`
** (src/serve/metrics.c, compiled in here: it is not part of libparley). */
#include "testhelp.h"

#include <math.h>

#include "serve/metrics.c"

static int near(double got, double want, double rel)
{
	return fabs(got - want) <= rel * want;
}

TEST(quantiles_of_a_uniform_spread)
{
	serve_metrics *m = serve_metrics_new();
	int i;
	CHECK(m != NULL);
	CHECK(serve_metrics_quantile(m, 0.5) == 0);   /* none yet */
	/* 1 ms .. 10 ms in steps of 1 us, shuffled by a stride */
	for (i = 0; i < 9000; i++)
		serve_metrics_request(m, 200, 1000.0 + (double)((i * 7919) % 9000));
	CHECK(near(serve_metrics_quantile(m, 0.5), 5500, 0.05));
	CHECK(near(serve_metrics_quantile(m, 0.9), 9100, 0.05));
	CHECK(near(serve_metrics_quantile(m, 0.99), 9910, 0.05));
	CHECK(near(serve_metrics_quantile(m, 1.0), 9999, 0.05));
	serve_metrics_free(m);
}

TEST(quantiles_small_and_huge)
{
	serve_metrics *m = serve_metrics_new();
	int i;
	for (i = 0; i < 99; i++)
		serve_metrics_request(m, 200, 3);     /* 3 us: one bucket each below 16 */
	serve_metrics_request(m, 200, 1e13);      /* past the last bucket: kept in it */
	CHECK(near(serve_metrics_quantile(m, 0.5), 3.5, 0.2));
	CHECK(serve_metrics_quantile(m, 1.0) > 1e11);
	serve_metrics_free(m);
}

TEST(text_format)
{
	serve_metrics *m = serve_metrics_new();
	pl_buf b = {0};
	serve_metrics_request(m, 200, 1500);
	serve_metrics_request(m, 404, 100);
	serve_metrics_request(m, 413, 100);
	serve_metrics_coded(m, 2, 5, 1, 0, 1);
	serve_metrics_inflight(m, 1);
	CHECK_INT(serve_metrics_write(m, &b, 12.5), 0);
	pl_buf_putc(&b, '\0');
	CHECK(strstr(b.p, "parley_http_requests_total{code=\"200\"} 1\n") != NULL);
	CHECK(strstr(b.p, "parley_http_requests_total{code=\"404\"} 1\n") != NULL);
	CHECK(strstr(b.p, "parley_http_errors_total 2\n") != NULL);
	CHECK(strstr(b.p, "parley_http_requests_in_flight 1\n") != NULL);
	CHECK(strstr(b.p, "parley_http_request_duration_seconds_count 3\n") != NULL);
	CHECK(strstr(b.p, "parley_documents_coded_total 2\n") != NULL);
	CHECK(strstr(b.p, "parley_records_total{type=\"event\"} 5\n") != NULL);
	CHECK(strstr(b.p, "# TYPE parley_http_request_duration_seconds summary\n") != NULL);
	pl_buf_free(&b);
	serve_metrics_free(m);
	serve_metrics_free(NULL);
}

static const th_test TESTS[] = {
	T(quantiles_of_a_uniform_spread),
	T(quantiles_small_and_huge),
	T(text_format),
};

TEST_MAIN()
