/*
** fault.h: fault injection for tests, after SQLite's test malloc and VFS: a
** build made with -DPARLEY_FAULTS and linked with -Wl,--wrap for the
** allocation and output functions (`make faults`) fails on request, so
** that a test can loop over every allocation and every write of a run and
** check that each failure gives an error, never a crash or a leak.
**
** Set in the environment:
**   PARLEY_FAULT_ALLOC=N   the Nth allocation (malloc, calloc, realloc,
**                          strdup, in the library and the command, and
**                          jansson's) returns NULL, once
**   PARLEY_FAULT_WRITE=N   at the Nth write to a stream other than standard
**                          error, the stream's descriptor is replaced by
**                          /dev/full: the disk is full from then on
**   PARLEY_FAULT_COUNT=F   at exit, "allocs N" and "writes N" go to file F
** In every other build this module is empty and nothing is wrapped.
*/
#ifndef PL_FAULT_H
#define PL_FAULT_H

/* Allocations and writes counted so far (0 outside a faults build). */
long pl_fault_allocs(void);
long pl_fault_writes(void);

/* For a test driving the library itself: fails the nth allocation from now
** (1: the next), once; 0 fails none.  Does nothing outside a faults build. */
void pl_fault_fail_alloc(long n);

/* 1 in a faults build, else 0. */
int pl_fault_enabled(void);

#endif
