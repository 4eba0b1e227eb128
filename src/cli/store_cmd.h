/*
** store_cmd.h: the commands of the data set: `code --db`, `load`, `merge`,
** `dedup`, `export`, `aggregate` (src/db/ does the work).
*/
#ifndef PL_STORE_CMD_H
#define PL_STORE_CMD_H

#include "parley.h"

/* Exit status for a database that cannot be used or written (corrupt,
** locked, another schema version, disk full). */
#define EXIT_DB 5

/* `parley code --db FILE`: codes JSON Lines from files (or standard input)
** into the database with `threads` coders; one transaction per batch. */
int pl_cli_code_db(const parley_options *po, const char *db, char **files, int nfiles,
                   int threads, long max_line, int quiet);

/* Is cmd one of load, merge, dedup, export, aggregate? */
int pl_cli_is_store_cmd(const char *cmd);

/* Runs one of them; argv[0] is the command. */
int pl_cli_store(int argc, char **argv);

#endif
