/*
** db.h: the database endpoints of `parley serve --db`: /events (JSON, CSV,
** Phoenix TSV), /aggregate (events per week by quad class) and
** /articles/ID (its text and records), read from parley's SQLite store.
*/
#ifndef PARLEY_SERVE_DB_H
#define PARLEY_SERVE_DB_H

#include "reply.h"

typedef struct serve_db serve_db;

/* Opens the database read-only; NULL and *errmsg (freed by the caller) when
** it cannot be. */
serve_db *serve_db_open(const char *path, char **errmsg);
/* Closes it; 0 when done cleanly, -1 otherwise.  Accepts NULL. */
int serve_db_close(serve_db *db);

/* Answers GET `url` (/events, /aggregate or /articles/ID) into r; query
** parameters come from arg(ud, name).  Safe to call from several threads. */
void serve_db_route(serve_db *db, const char *url, serve_arg_fn arg, void *ud, serve_reply *r);

#endif
