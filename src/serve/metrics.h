/*
** metrics.h: the counters of `parley serve` (requests by status, documents
** and records coded, latency percentiles), updated lock-free by the worker
** threads and written in Prometheus' text exposition format for /metrics.
*/
#ifndef PARLEY_SERVE_METRICS_H
#define PARLEY_SERVE_METRICS_H

#include <stddef.h>

#include "../base/buf.h"

typedef struct serve_metrics serve_metrics;

serve_metrics *serve_metrics_new(void);
void serve_metrics_free(serve_metrics *m);

/* One request answered with `status` after `usec` microseconds. */
void serve_metrics_request(serve_metrics *m, unsigned status, double usec);
/* Documents coded and the records they gave, by type. */
void serve_metrics_coded(serve_metrics *m, long docs, long events, long quotes,
                         long figures, long errors);
void serve_metrics_inflight(serve_metrics *m, int delta);
long serve_metrics_inflight_now(const serve_metrics *m);

/* The latency below which a fraction q (0 < q <= 1) of the requests so far
** were answered, in microseconds (to within about 5%); 0 before any. */
double serve_metrics_quantile(const serve_metrics *m, double q);

/* Appends the text format to b; returns 0, or -1 when out of memory. */
int serve_metrics_write(const serve_metrics *m, pl_buf *b, double uptime_s);

#endif
