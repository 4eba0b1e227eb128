/*
** serve.c: the HTTP layer of `parley serve` over GNU libmicrohttpd.
**
** MHD runs a pool of threads; each lazily makes its own parley_coder (kept
** in thread-specific data, freed when the server stops) over the one shared
** store.  A request's body is gathered up to max_body bytes, then routed.
** Every answer, errors included, is JSON (or the page's assets); errors are
** {"error": "...", "status": N}.
*/
#include <arpa/inet.h>
#include <errno.h>
#include <jansson.h>
#include <microhttpd.h>
#include <netinet/in.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "serve.h"
#include "../text/utf8.h"
#include "assets.h"
#include "db.h"
#include "metrics.h"
#include "reply.h"

typedef struct coder_node {
	parley_coder *c;
	struct coder_node *next;
} coder_node;

typedef struct server {
	const serve_config *cfg;
	const parley_store *store;
	serve_db *db;
	serve_metrics *m;
	pthread_key_t key;
	pthread_mutex_t lock;      /* guards coders */
	coder_node *coders;
	struct timespec started;
} server;

/* One request: its start time, its body so far, and the status sent. */
typedef struct request {
	struct timespec t0;
	char *body;
	size_t len, cap;
	size_t dropped;      /* bytes read past max_body and dropped */
	int too_big;
	unsigned status;
} request;

static double since_us(const struct timespec *t0)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)(t.tv_sec - t0->tv_sec) * 1e6 + (double)(t.tv_nsec - t0->tv_nsec) / 1e3;
}

void serve_reply_error(serve_reply *r, unsigned status, const char *msg)
{
	char clean[1200];
	size_t i = 0, n = strlen(msg);
	r->status = status;
	r->content_type = "application/json";
	r->disposition = NULL;
	r->fixed = NULL;
	r->stream_fd = 0;
	pl_buf_reset(&r->body);
	pl_buf_puts(&r->body, "{\"error\":");
	/* a message may quote the request: bytes that are not UTF-8 become '?' */
	while (i < n && i < sizeof clean - 1) {
		long bad = pl_utf8_check(msg + i, n - i);
		size_t good = bad < 0 ? n - i : (size_t)bad;
		if (good > sizeof clean - 1 - i)
			good = sizeof clean - 1 - i;
		memcpy(clean + i, msg + i, good);
		i += good;
		if (bad >= 0 && i < sizeof clean - 1)
			clean[i++] = '?';
	}
	clean[i] = '\0';
	pl_buf_json_cstr(&r->body, clean);
	pl_buf_printf(&r->body, ",\"status\":%u}\n", status);
}

static parley_coder *thread_coder(server *sv)
{
	parley_coder *c = pthread_getspecific(sv->key);
	coder_node *n;
	if (c)
		return c;
	c = parley_coder_new(sv->store);
	n = malloc(sizeof *n);
	if (!c || !n) {
		parley_coder_free(c);
		free(n);
		return NULL;
	}
	n->c = c;
	pthread_mutex_lock(&sv->lock);
	n->next = sv->coders;
	sv->coders = n;
	pthread_mutex_unlock(&sv->lock);
	pthread_setspecific(sv->key, c);
	return c;
}

/* Records coded for one request, counted by type as they are added. */
typedef struct coded {
	pl_buf out;
	long docs, events, quotes, figures, errors;
	int oom;
} coded;

static void add_records(coded *k, const char *s, size_t n)
{
	const char *p = s, *end = s + n;
	if (!s) {
		k->oom = 1;
		return;
	}
	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		size_t len = nl ? (size_t)(nl - p) + 1 : (size_t)(end - p);
		if (len > 9 && !strncmp(p, "{\"type\":\"", 9)) {
			const char *t = p + 9;
			if (!strncmp(t, "event\"", 6)) k->events++;
			else if (!strncmp(t, "quote\"", 6)) k->quotes++;
			else if (!strncmp(t, "figure\"", 7)) k->figures++;
			else if (!strncmp(t, "error\"", 6)) k->errors++;
		}
		p += len;
	}
	pl_buf_add(&k->out, s, n);
	k->docs++;
}

static void code_text(coded *k, parley_coder *c, const parley_doc *d)
{
	size_t n = 0;
	const char *out = parley_code_doc(c, d, 0, &n);
	add_records(k, out, n);
}

static void code_line(coded *k, parley_coder *c, const char *buf, size_t len, long line)
{
	size_t n = 0;
	const char *out = parley_code_jsonl(c, buf, len, line, &n);
	add_records(k, out, n);
}

int serve_is_date(const char *d)
{
	int i, m, day;
	if (strlen(d) != 10)
		return 0;
	for (i = 0; i < 10; i++)
		if (i == 4 || i == 7 ? d[i] != '-' : (d[i] < '0' || d[i] > '9'))
			return 0;
	m = (d[5] - '0') * 10 + d[6] - '0';
	day = (d[8] - '0') * 10 + d[9] - '0';
	return m >= 1 && m <= 12 && day >= 1 && day <= 31;
}

static int is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

/* A JSON article must be an object with a string "text". */
static const char *check_article(json_t *v)
{
	json_t *t;
	if (!json_is_object(v))
		return "an article must be a JSON object";
	t = json_object_get(v, "text");
	if (!json_is_string(t))
		return "an article needs a string \"text\"";
	return NULL;
}

/* POST /code: a JSON article (or an array of them), JSON Lines, or
** text/plain with ?date=&id=. */
static void route_code(server *sv, struct MHD_Connection *conn, request *rq, serve_reply *r)
{
	const char *ctype = MHD_lookup_connection_value(conn, MHD_HEADER_KIND, "Content-Type");
	const char *accept = MHD_lookup_connection_value(conn, MHD_HEADER_KIND, "Accept");
	parley_coder *c = thread_coder(sv);
	coded k;
	size_t i;
	char msg[400];
	memset(&k, 0, sizeof k);
	if (!c) {
		serve_reply_error(r, 500, "out of memory");
		return;
	}
	if (!rq->body || rq->len == 0) {
		serve_reply_error(r, 400, "empty body: send a JSON article, JSON Lines, or text/plain with ?date=");
		return;
	}
	if (ctype && !strncasecmp(ctype, "text/plain", 10)) {
		parley_doc d;
		const char *date = MHD_lookup_connection_value(conn, MHD_GET_ARGUMENT_KIND, "date");
		if (date && *date && !serve_is_date(date)) {
			snprintf(msg, sizeof msg, "date: want YYYY-MM-DD, not \"%.40s\"", date);
			serve_reply_error(r, 400, msg);
			return;
		}
		memset(&d, 0, sizeof d);
		d.id = MHD_lookup_connection_value(conn, MHD_GET_ARGUMENT_KIND, "id");
		d.date = date && *date ? date : NULL;
		d.text = rq->body;
		d.text_len = rq->len;
		code_text(&k, c, &d);
	} else {
		json_error_t je;
		json_t *v = json_loadb(rq->body, rq->len, 0, &je);
		if (v) {
			const char *bad = NULL;
			if (json_is_array(v)) {
				for (i = 0; i < json_array_size(v) && !bad; i++)
					bad = check_article(json_array_get(v, i));
			} else {
				bad = check_article(v);
			}
			if (bad) {
				json_decref(v);
				serve_reply_error(r, 400, bad);
				return;
			}
			if (json_is_array(v)) {
				for (i = 0; i < json_array_size(v) && !k.oom; i++) {
					char *one = json_dumps(json_array_get(v, i), JSON_COMPACT);
					if (!one) {
						k.oom = 1;
						break;
					}
					code_line(&k, c, one, strlen(one), (long)i + 1);
					free(one);
				}
			} else {
				code_line(&k, c, rq->body, rq->len, 0);
			}
			json_decref(v);
		} else {
			/* JSON Lines: each line is coded (a bad line gives an error
			** record, as for `parley code`) unless no line at all is JSON */
			const char *p = rq->body, *end = rq->body + rq->len;
			long line = 0, good = 0, bad = 0;
			json_error_t first;
			while (p < end && !k.oom) {
				const char *nl = memchr(p, '\n', (size_t)(end - p));
				const char *e = nl ? nl : end, *q;
				json_t *lv;
				line++;
				for (q = p; q < e && is_space(*q); q++)
					;
				if (q < e) {
					lv = json_loadb(p, (size_t)(e - p), 0, &je);
					if (lv) {
						good++;
						json_decref(lv);
					} else if (bad++ == 0) {
						first = je;
						first.line = (int)line;
					}
				}
				p = e + (nl ? 1 : 0);
			}
			if (good == 0) {
				snprintf(msg, sizeof msg, "malformed JSON: line %d, column %d: %s",
				         bad ? first.line : 1, bad ? first.column : 0,
				         bad ? first.text : "no article");
				serve_reply_error(r, 400, msg);
				return;
			}
			line = 0;
			for (p = rq->body; p < end && !k.oom;) {
				const char *nl = memchr(p, '\n', (size_t)(end - p));
				const char *e = nl ? nl : end, *q;
				line++;
				for (q = p; q < e && is_space(*q); q++)
					;
				if (q < e)
					code_line(&k, c, p, (size_t)(e - p), line);
				p = e + (nl ? 1 : 0);
			}
		}
	}
	if (k.oom || k.out.oom) {
		pl_buf_free(&k.out);
		serve_reply_error(r, 500, "out of memory");
		return;
	}
	serve_metrics_coded(sv->m, k.docs, k.events, k.quotes, k.figures, k.errors);
	r->status = 200;
	pl_buf_reset(&r->body);
	if (accept && strstr(accept, "application/json") && !strstr(accept, "x-ndjson")) {
		/* a JSON array of the same records */
		const char *p = k.out.p, *end = k.out.p + k.out.n;
		int first = 1;
		pl_buf_putc(&r->body, '[');
		while (p && p < end) {
			const char *nl = memchr(p, '\n', (size_t)(end - p));
			const char *e = nl ? nl : end;
			if (e > p) {
				if (!first)
					pl_buf_putc(&r->body, ',');
				pl_buf_add(&r->body, p, (size_t)(e - p));
				first = 0;
			}
			p = e + 1;
		}
		pl_buf_puts(&r->body, "]\n");
		r->content_type = "application/json";
		pl_buf_free(&k.out);
	} else {
		pl_buf_free(&r->body);
		r->body = k.out;
		r->content_type = "application/x-ndjson";
	}
}

static void route_health(server *sv, serve_reply *r)
{
	r->status = 200;
	r->content_type = "application/json";
	pl_buf_printf(&r->body, "{\"status\":\"ok\",\"version\":\"%s\",\"db\":%s,\"uptime_s\":%.3f}\n",
	              PARLEY_VERSION, sv->db ? "true" : "false", since_us(&sv->started) / 1e6);
}

static void route_metrics(server *sv, serve_reply *r)
{
	r->status = 200;
	r->content_type = "text/plain; version=0.0.4";
	if (serve_metrics_write(sv->m, &r->body, since_us(&sv->started) / 1e6) < 0)
		serve_reply_error(r, 500, "out of memory");
}

static const char *get_arg(void *ud, const char *name)
{
	return MHD_lookup_connection_value((struct MHD_Connection *)ud, MHD_GET_ARGUMENT_KIND, name);
}

static void route(server *sv, struct MHD_Connection *conn, const char *url, const char *method,
                  request *rq, serve_reply *r)
{
	int get = !strcmp(method, "GET") || !strcmp(method, "HEAD");
	const serve_asset *a = serve_asset_find(url);
	int db_path = !strcmp(url, "/events") || !strcmp(url, "/aggregate") ||
	              !strncmp(url, "/articles/", 10);
	if (!strcmp(url, "/code")) {
		if (!strcmp(method, "POST"))
			route_code(sv, conn, rq, r);
		else
			serve_reply_error(r, 405, "POST /code with a JSON article, JSON Lines, or text/plain");
	} else if (!a && !db_path && strcmp(url, "/health") && strcmp(url, "/metrics")) {
		serve_reply_error(r, 404, "not found");
	} else if (!get) {
		serve_reply_error(r, 405, "method not allowed: GET only");
	} else if (!strcmp(url, "/health")) {
		route_health(sv, r);
	} else if (!strcmp(url, "/metrics")) {
		route_metrics(sv, r);
	} else if (a) {
		r->status = 200;
		r->content_type = a->content_type;
		r->fixed = a->data;   /* sent from the table, not copied */
		r->fixed_len = a->len;
	} else if (!sv->db) {
		serve_reply_error(r, 404, "no database: start parley serve with --db FILE.sqlite");
	} else {
		serve_db_route(sv->db, url, get_arg, conn, r);
	}
}

static enum MHD_Result send_reply(struct MHD_Connection *conn, request *rq, serve_reply *r, int close_after)
{
	struct MHD_Response *resp;
	enum MHD_Result ret;
	if (r->body.oom)
		serve_reply_error(r, 500, "out of memory");
	if (r->stream_fd > 0)
		resp = MHD_create_response_from_pipe(r->stream_fd);
	else if (r->fixed)
		resp = MHD_create_response_from_buffer(r->fixed_len, (void *)r->fixed, MHD_RESPMEM_PERSISTENT);
	else
		resp = MHD_create_response_from_buffer(r->body.n, r->body.p, MHD_RESPMEM_MUST_FREE);
	if (!resp) {
		if (r->stream_fd > 0)
			close(r->stream_fd);
		pl_buf_free(&r->body);
		return MHD_NO;
	}
	if (r->stream_fd > 0)
		pl_buf_free(&r->body);
	else if (!r->fixed)
		r->body.p = NULL;   /* MHD frees it */
	else
		pl_buf_free(&r->body);
	MHD_add_response_header(resp, MHD_HTTP_HEADER_CONTENT_TYPE, r->content_type);
	MHD_add_response_header(resp, "X-Content-Type-Options", "nosniff");
	MHD_add_response_header(resp, "Cache-Control", "no-store");
	if (r->disposition)
		MHD_add_response_header(resp, "Content-Disposition", r->disposition);
	if (close_after)
		MHD_add_response_header(resp, MHD_HTTP_HEADER_CONNECTION, "close");
	ret = MHD_queue_response(conn, r->status, resp);
	MHD_destroy_response(resp);
	rq->status = r->status;
	return ret;
}

static enum MHD_Result too_big(server *sv, struct MHD_Connection *conn, request *rq)
{
	serve_reply r;
	char msg[160];
	memset(&r, 0, sizeof r);
	snprintf(msg, sizeof msg, "request body larger than %zu bytes (--max-body)", sv->cfg->max_body);
	serve_reply_error(&r, 413, msg);
	return send_reply(conn, rq, &r, 1);
}

static enum MHD_Result on_request(void *cls, struct MHD_Connection *conn, const char *url,
                                  const char *method, const char *version,
                                  const char *upload_data, size_t *upload_data_size, void **con_cls)
{
	server *sv = cls;
	request *rq = *con_cls;
	serve_reply r;
	(void)version;
	if (!rq) {
		const char *cl = MHD_lookup_connection_value(conn, MHD_HEADER_KIND, "Content-Length");
		rq = calloc(1, sizeof *rq);
		if (!rq)
			return MHD_NO;
		clock_gettime(CLOCK_MONOTONIC, &rq->t0);
		*con_cls = rq;
		serve_metrics_inflight(sv->m, 1);
		if (cl && strtoull(cl, NULL, 10) > sv->cfg->max_body) {
			rq->too_big = 1;
			return too_big(sv, conn, rq);
		}
		return MHD_YES;
	}
	if (*upload_data_size) {
		size_t n = *upload_data_size;
		*upload_data_size = 0;
		if (rq->too_big) {
			/* a body sent without its length (chunked) that went over:
			** read and dropped, then answered 413 at its end; a sender
			** that goes on far past the limit is cut off */
			rq->dropped += n;
			return rq->dropped > 4 * sv->cfg->max_body + (1u << 20) ? MHD_NO : MHD_YES;
		}
		if (rq->len + n > sv->cfg->max_body) {
			rq->too_big = 1;
			rq->dropped = rq->len + n;
			free(rq->body);
			rq->body = NULL;
			rq->len = rq->cap = 0;
			return MHD_YES;
		}
		if (rq->len + n + 1 > rq->cap) {
			size_t nc = rq->cap ? rq->cap * 2 : 8192;
			char *np;
			while (nc < rq->len + n + 1)
				nc *= 2;
			np = realloc(rq->body, nc);
			if (!np)
				return MHD_NO;
			rq->body = np;
			rq->cap = nc;
		}
		memcpy(rq->body + rq->len, upload_data, n);
		rq->len += n;
		rq->body[rq->len] = '\0';
		return MHD_YES;
	}
	if (rq->too_big)   /* answered already when its Content-Length said so */
		return rq->status ? MHD_YES : too_big(sv, conn, rq);
	memset(&r, 0, sizeof r);
	route(sv, conn, url, method, rq, &r);
	return send_reply(conn, rq, &r, 0);
}

static void on_completed(void *cls, struct MHD_Connection *conn, void **con_cls,
                         enum MHD_RequestTerminationCode toe)
{
	server *sv = cls;
	request *rq = *con_cls;
	(void)conn;
	if (!rq)
		return;
	/* a request that ended without an answer (timeout, client gone) is
	** counted as status 0, not as an error */
	serve_metrics_request(sv->m, toe == MHD_REQUEST_TERMINATED_COMPLETED_OK ? rq->status : 0,
	                      since_us(&rq->t0));
	serve_metrics_inflight(sv->m, -1);
	free(rq->body);
	free(rq);
	*con_cls = NULL;
}

static void mhd_log(void *cls, const char *fmt, va_list ap)
{
	FILE *log = cls;
	fputs("parley serve: ", log);
	vfprintf(log, fmt, ap);
}

int serve_run(const serve_config *cfg, const parley_store *store, FILE *log)
{
	server sv;
	struct sockaddr_in a4;
	struct sockaddr_in6 a6;
	struct sockaddr *addr;
	struct MHD_Daemon *d;
	const union MHD_DaemonInfo *info;
	unsigned flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_ITC | MHD_USE_ERROR_LOG;
	sigset_t sigs;
	int sig = 0, rc = 0;
	char *err = NULL;
	coder_node *n;

	memset(&sv, 0, sizeof sv);
	sv.cfg = cfg;
	sv.store = store;
	clock_gettime(CLOCK_MONOTONIC, &sv.started);
	memset(&a4, 0, sizeof a4);
	memset(&a6, 0, sizeof a6);
	if (inet_pton(AF_INET, cfg->bind, &a4.sin_addr) == 1) {
		a4.sin_family = AF_INET;
		a4.sin_port = htons((unsigned short)cfg->port);
		addr = (struct sockaddr *)&a4;
	} else if (inet_pton(AF_INET6, cfg->bind, &a6.sin6_addr) == 1) {
		a6.sin6_family = AF_INET6;
		a6.sin6_port = htons((unsigned short)cfg->port);
		addr = (struct sockaddr *)&a6;
		flags |= MHD_USE_IPv6;
	} else {
		fprintf(log, "parley serve: --bind wants an IPv4 or IPv6 address, not %s\n", cfg->bind);
		return -1;
	}
	if (MHD_is_feature_supported(MHD_FEATURE_EPOLL) == MHD_YES)
		flags |= MHD_USE_EPOLL;
	else
		flags |= MHD_USE_POLL;
	if (cfg->db_path && !(sv.db = serve_db_open(cfg->db_path, &err))) {
		fprintf(log, "parley serve: %s\n", err ? err : "cannot open the database");
		free(err);
		return -1;
	}
	sv.m = serve_metrics_new();
	if (!sv.m || pthread_key_create(&sv.key, NULL) != 0) {
		fprintf(log, "parley serve: out of memory\n");
		serve_metrics_free(sv.m);
		serve_db_close(sv.db);
		return -1;
	}
	pthread_mutex_init(&sv.lock, NULL);

	/* the workers inherit a mask without these: only sigwait() below sees them */
	sigemptyset(&sigs);
	sigaddset(&sigs, SIGTERM);
	sigaddset(&sigs, SIGINT);
	sigaddset(&sigs, SIGPIPE);
	pthread_sigmask(SIG_BLOCK, &sigs, NULL);

	d = MHD_start_daemon(flags, 0, NULL, NULL, on_request, &sv,
	                     MHD_OPTION_EXTERNAL_LOGGER, mhd_log, log,
	                     MHD_OPTION_SOCK_ADDR, addr,
	                     MHD_OPTION_THREAD_POOL_SIZE, (unsigned)cfg->threads,
	                     MHD_OPTION_CONNECTION_LIMIT, (unsigned)cfg->max_conn,
	                     MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)cfg->timeout_s,
	                     MHD_OPTION_CONNECTION_MEMORY_LIMIT, (size_t)(64 * 1024),
	                     MHD_OPTION_NOTIFY_COMPLETED, on_completed, &sv,
	                     MHD_OPTION_END);
	if (!d) {
		fprintf(log, "parley serve: cannot listen on %s port %u: %s\n", cfg->bind, cfg->port,
		        errno ? strerror(errno) : "libmicrohttpd refused the options");
		rc = -1;
		goto out;
	}
	info = MHD_get_daemon_info(d, MHD_DAEMON_INFO_BIND_PORT);
	fprintf(log, "parley serve: listening on http://%s%s%s:%u/ (%u threads%s%s)\n",
	        addr == (struct sockaddr *)&a6 ? "[" : "", cfg->bind,
	        addr == (struct sockaddr *)&a6 ? "]" : "",
	        info ? (unsigned)info->port : cfg->port, cfg->threads,
	        cfg->db_path ? ", database " : "", cfg->db_path ? cfg->db_path : "");
	fflush(log);

	sigdelset(&sigs, SIGPIPE);
	while (sigwait(&sigs, &sig) != 0)
		;
	fprintf(log, "parley serve: %s: draining requests in flight\n", sig == SIGTERM ? "SIGTERM" : "SIGINT");
	fflush(log);
	MHD_quiesce_daemon(d);   /* no new connections; the listening socket stays ours */
	{
		struct timespec t0, nap = { 0, 20 * 1000 * 1000 };
		clock_gettime(CLOCK_MONOTONIC, &t0);
		while (serve_metrics_inflight_now(sv.m) > 0 && since_us(&t0) < cfg->drain_s * 1e6)
			nanosleep(&nap, NULL);
		if (serve_metrics_inflight_now(sv.m) > 0)
			fprintf(log, "parley serve: %ld requests still in flight after %u s, closing them\n",
			        serve_metrics_inflight_now(sv.m), cfg->drain_s);
	}
	MHD_stop_daemon(d);
out:
	while ((n = sv.coders) != NULL) {
		sv.coders = n->next;
		parley_coder_free(n->c);
		free(n);
	}
	pthread_key_delete(sv.key);
	pthread_mutex_destroy(&sv.lock);
	if (sv.db && serve_db_close(sv.db) != 0) {
		fprintf(log, "parley serve: closing the database failed\n");
		rc = -1;
	} else if (rc == 0) {
		fprintf(log, "parley serve: stopped%s\n", sv.db ? ", database closed" : "");
	}
	serve_metrics_free(sv.m);
	return rc;
}
