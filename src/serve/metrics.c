/*
** metrics.c: request counters and a latency histogram of log-spaced buckets
** (16 per power of two, so a percentile read from it is within about 5%).
*/
#include <math.h>
#include <stdatomic.h>
#include <stdlib.h>

#include "metrics.h"

#define NSTATUS 600
#define SUB 16                 /* buckets per power of two */
#define NBUCKET (40 * SUB)     /* up to 2^40 us: about 12 days */

struct serve_metrics {
	atomic_long status[NSTATUS];
	atomic_long bucket[NBUCKET];
	atomic_long requests, errors, inflight;
	atomic_long docs, events, quotes, figures, error_records;
	atomic_llong usec_sum;
};

serve_metrics *serve_metrics_new(void)
{
	serve_metrics *m = calloc(1, sizeof *m);
	/* calloc's zero bytes are the zero value of these lock-free atomics */
	return m;
}

void serve_metrics_free(serve_metrics *m)
{
	free(m);
}

/* Bucket i covers [lo(i), lo(i+1)) microseconds: 0..SUB-1 one each, then
** SUB per power of two. */
static int bucket_of(double usec)
{
	double e;
	int k, i;
	if (usec < SUB)
		return usec < 0 ? 0 : (int)usec;
	e = log2(usec / SUB);
	k = (int)e;
	i = SUB + k * SUB + (int)((usec / (SUB * pow(2, k)) - 1) * SUB);
	return i >= NBUCKET ? NBUCKET - 1 : i;
}

static double bucket_mid(int i)
{
	double lo, width;
	int k;
	if (i < SUB)
		return i + 0.5;
	k = (i - SUB) / SUB;
	width = pow(2, k);   /* SUB * 2^k / SUB */
	lo = SUB * pow(2, k) + (double)((i - SUB) % SUB) * width;
	return lo + width / 2;
}

void serve_metrics_request(serve_metrics *m, unsigned status, double usec)
{
	atomic_fetch_add(&m->requests, 1);
	if (status < NSTATUS)
		atomic_fetch_add(&m->status[status], 1);
	if (status >= 400)
		atomic_fetch_add(&m->errors, 1);
	atomic_fetch_add(&m->bucket[bucket_of(usec)], 1);
	atomic_fetch_add(&m->usec_sum, (long long)usec);
}

void serve_metrics_coded(serve_metrics *m, long docs, long events, long quotes,
                         long figures, long errors)
{
	atomic_fetch_add(&m->docs, docs);
	atomic_fetch_add(&m->events, events);
	atomic_fetch_add(&m->quotes, quotes);
	atomic_fetch_add(&m->figures, figures);
	atomic_fetch_add(&m->error_records, errors);
}

void serve_metrics_inflight(serve_metrics *m, int delta)
{
	atomic_fetch_add(&m->inflight, delta);
}

long serve_metrics_inflight_now(const serve_metrics *m)
{
	return atomic_load(&((serve_metrics *)m)->inflight);
}

double serve_metrics_quantile(const serve_metrics *m, double q)
{
	serve_metrics *mm = (serve_metrics *)m;
	long total = 0, seen = 0, want;
	int i;
	for (i = 0; i < NBUCKET; i++)
		total += atomic_load(&mm->bucket[i]);
	if (total == 0)
		return 0;
	want = (long)ceil(q * (double)total);
	if (want < 1)
		want = 1;
	for (i = 0; i < NBUCKET; i++) {
		seen += atomic_load(&mm->bucket[i]);
		if (seen >= want)
			return bucket_mid(i);
	}
	return bucket_mid(NBUCKET - 1);
}

int serve_metrics_write(const serve_metrics *m, pl_buf *b, double uptime_s)
{
	serve_metrics *mm = (serve_metrics *)m;
	static const double qs[] = { 0.5, 0.9, 0.99, 0.999 };
	size_t i;
	pl_buf_puts(b, "# HELP parley_http_requests_total HTTP requests answered, by status code.\n"
	               "# TYPE parley_http_requests_total counter\n");
	for (i = 100; i < NSTATUS; i++) {
		long v = atomic_load(&mm->status[i]);
		if (v)
			pl_buf_printf(b, "parley_http_requests_total{code=\"%zu\"} %ld\n", i, v);
	}
	pl_buf_printf(b, "# HELP parley_http_errors_total HTTP requests answered with a 4xx or 5xx status.\n"
	                 "# TYPE parley_http_errors_total counter\n"
	                 "parley_http_errors_total %ld\n", atomic_load(&mm->errors));
	pl_buf_printf(b, "# HELP parley_http_requests_in_flight Requests being answered now.\n"
	                 "# TYPE parley_http_requests_in_flight gauge\n"
	                 "parley_http_requests_in_flight %ld\n", atomic_load(&mm->inflight));
	pl_buf_puts(b, "# HELP parley_http_request_duration_seconds Time from request headers to the last byte sent.\n"
	               "# TYPE parley_http_request_duration_seconds summary\n");
	for (i = 0; i < sizeof qs / sizeof qs[0]; i++)
		pl_buf_printf(b, "parley_http_request_duration_seconds{quantile=\"%g\"} %.6f\n",
		              qs[i], serve_metrics_quantile(m, qs[i]) / 1e6);
	pl_buf_printf(b, "parley_http_request_duration_seconds_sum %.6f\n"
	                 "parley_http_request_duration_seconds_count %ld\n",
	              (double)atomic_load(&mm->usec_sum) / 1e6, atomic_load(&mm->requests));
	pl_buf_printf(b, "# HELP parley_documents_coded_total Articles coded.\n"
	                 "# TYPE parley_documents_coded_total counter\n"
	                 "parley_documents_coded_total %ld\n", atomic_load(&mm->docs));
	pl_buf_printf(b, "# HELP parley_records_total Records written, by type.\n"
	                 "# TYPE parley_records_total counter\n"
	                 "parley_records_total{type=\"event\"} %ld\n"
	                 "parley_records_total{type=\"quote\"} %ld\n"
	                 "parley_records_total{type=\"figure\"} %ld\n"
	                 "parley_records_total{type=\"error\"} %ld\n",
	              atomic_load(&mm->events), atomic_load(&mm->quotes),
	              atomic_load(&mm->figures), atomic_load(&mm->error_records));
	pl_buf_printf(b, "# HELP parley_uptime_seconds Seconds since the server started.\n"
	                 "# TYPE parley_uptime_seconds gauge\n"
	                 "parley_uptime_seconds %.3f\n", uptime_s);
	return b->oom ? -1 : 0;
}
