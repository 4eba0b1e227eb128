/*
** reply.h: an HTTP answer being built (status, content type, body), shared
** by the request handlers of the service.
*/
#ifndef PARLEY_SERVE_REPLY_H
#define PARLEY_SERVE_REPLY_H

#include "../base/buf.h"

typedef struct serve_reply {
	unsigned status;
	const char *content_type;   /* static string */
	const char *disposition;    /* Content-Disposition, or NULL */
	pl_buf body;
	const void *fixed;          /* or a body that outlives the answer */
	size_t fixed_len;
	int stream_fd;              /* or, when > 0, a pipe to read the body from */
} serve_reply;

/* Sets r to the JSON error body {"error": msg, "status": status}; bytes of
** msg that are not UTF-8 become '?'. */
void serve_reply_error(serve_reply *r, unsigned status, const char *msg);

/* Whether d is a date "YYYY-MM-DD" (month 01-12, day 01-31). */
int serve_is_date(const char *d);

/* A query parameter of the request (URL-decoded), or NULL. */
typedef const char *(*serve_arg_fn)(void *ud, const char *name);

#endif
