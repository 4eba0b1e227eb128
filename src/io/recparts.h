/*
** recparts.h: the parts one record of parley.h points into, as members of
** a struct that holds a record while a writer reads it: the record built
** from the coder's results (record.h) and the record read back from a JSON
** line (recread.h) keep the same room.
*/
#ifndef PL_RECPARTS_H
#define PL_RECPARTS_H

#include "parley.h"

#define PL_REC_MAX_ISSUES 16

#define PL_RECORD_PARTS \
	parley_record r; \
	parley_event ev; \
	parley_quote q; \
	parley_figure f; \
	parley_error err; \
	parley_actor a1, a2; \
	parley_word w; \
	parley_place place; \
	parley_issue issues[PL_REC_MAX_ISSUES]

#endif
