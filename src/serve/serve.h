/*
** serve.h: `parley serve`, an HTTP service over libparley (GNU
** libmicrohttpd): POST /code, the page at /, /health, /metrics, and with a
** database the /events, /aggregate and /articles endpoints.  A pool of
** threads, each with its own parley_coder, shares one parley_store.
*/
#ifndef PARLEY_SERVE_H
#define PARLEY_SERVE_H

#include <stddef.h>
#include <stdio.h>

#include "parley.h"

typedef struct serve_config {
	const char *bind;          /* address to listen on ("127.0.0.1") */
	unsigned port;             /* 0: any free port (printed when listening) */
	const char *db_path;       /* SQLite database of coded articles, or NULL */
	size_t max_body;           /* largest request body, bytes */
	unsigned timeout_s;        /* a connection idle this long is closed */
	unsigned max_conn;         /* connections at once */
	unsigned threads;          /* worker threads */
	unsigned drain_s;          /* on SIGTERM, longest wait for requests in flight */
} serve_config;

/* Serves until SIGTERM or SIGINT, then stops taking connections, lets the
** requests in flight finish (for at most drain_s seconds), closes the
** database and returns 0.  Returns -1 after writing why to log when the
** server cannot start.  Writes "listening on http://ADDR:PORT/" to log
** once it listens. */
int serve_run(const serve_config *cfg, const parley_store *store, FILE *log);

#endif
