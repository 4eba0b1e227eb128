/*
** serve.h: `parley serve`, parsing its options and running the HTTP service
** of src/serve/ over a store opened from the common options.
*/
#ifndef PARLEY_CLI_SERVE_H
#define PARLEY_CLI_SERVE_H

#include "parley.h"

/* argv: the words after `parley serve` that the common options did not
** take; db: the --db option's value (taken with the common options), or
** NULL.  Returns the exit status (0 after a clean stop on SIGTERM/SIGINT, 1
** usage error, 3 store or database cannot be opened, or the server cannot
** start). */
int parley_serve_cli(int argc, char **argv, const parley_options *po, const char *db);

#endif
