/*
** recread.h: reading back a record that `parley code` wrote (one JSON line)
** into the record model of parley.h, so that stored records can be loaded
** into the database by the same path as freshly coded ones.
*/
#ifndef PL_RECREAD_H
#define PL_RECREAD_H

#include <stddef.h>

#include "parley.h"
#include "recparts.h"

/* Room for one record read back; strings point into the parsed JSON held
** by it until the next read or pl_recread_free(). */
typedef struct pl_recread {
	void *json;
	PL_RECORD_PARTS;
	unsigned qids[64];
	char dict[24][128];      /* file names of "dict" fields, cut from ":line" */
	int ndict;
} pl_recread;

/* Parses one line into rr->r.  Returns 0, or -1 with a message in err
** ("invalid JSON at byte 5: ...", "no \"type\" field", ...). */
int pl_recread_line(pl_recread *rr, const char *buf, size_t n, char *err, size_t errlen);
void pl_recread_free(pl_recread *rr);

#endif
