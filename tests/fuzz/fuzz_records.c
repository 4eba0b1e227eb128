/*
** fuzz_records.c: libFuzzer target for the reader of stored records
** (`parley load`): each input is one record line, read into the record
** model, copied into rows and written as JSON again.  Built and run by
** `make fuzz-records`.
*/
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "parley.h"
#include "base/buf.h"
#include "io/jsonl.h"
#include "io/recread.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static pl_recread rr;
	static parley_rows *rows;
	pl_buf b = {0};
	char err[256];
	if (!rows)
		rows = parley_rows_new();
	parley_rows_clear(rows);
	if (pl_recread_line(&rr, (const char *)data, size, err, sizeof err) == 0) {
		pl_write_record(&b, &rr.r);
		parley_rows_add(rows, &rr.r);
		parley_rows_end_article(rows, NULL, 1);
	}
	pl_recread_free(&rr);
	pl_buf_free(&b);
	return 0;
}
