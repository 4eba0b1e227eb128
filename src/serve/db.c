/*
** db.c: the database endpoints (placeholder until the store lands).
*/
#include <stdlib.h>
#include <string.h>

#include "db.h"

struct serve_db {
	int unused;
};

serve_db *serve_db_open(const char *path, char **errmsg)
{
	(void)path;
	*errmsg = strdup("--db: not available in this build");
	return NULL;
}

int serve_db_close(serve_db *db)
{
	free(db);
	return 0;
}

void serve_db_route(serve_db *db, const char *url, serve_arg_fn arg, void *ud, serve_reply *r)
{
	(void)db; (void)url; (void)arg; (void)ud;
	serve_reply_error(r, 501, "not implemented");
}
