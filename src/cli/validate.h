/*
** validate.h: `parley validate FILE.xml`, coding PETRARCH-style validation
** records and comparing the events with the codings they expect.
*/
#ifndef PARLEY_CLI_VALIDATE_H
#define PARLEY_CLI_VALIDATE_H

#include <stdio.h>

#include "parley.h"

/* Reads the records of `xml`, opens a store from `base` (dict_dir, data_dir,
** warn; its dict_files when set, else the files named in the records'
** <Environment>, looked for in ../dictionaries/ next to the file, then next
** to it), codes each <Text> with its record's date and writes one line per
** record that did not come out as expected, then the summary line
** "validation: N/M expected codings matched (P%), K unexpected codings" to
** out; problems go to err.  Returns the exit status: 0 when it ran, 2 when
** the file cannot be read, 3 when the dictionaries cannot be loaded. */
int parley_validate(const char *xml, const parley_options *base, FILE *out, FILE *err);

#endif
