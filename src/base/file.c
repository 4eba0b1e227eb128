/*
** file.c: see file.h.
*/
#include "file.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

char *pl_read_file(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	struct stat st;
	char *buf = NULL;
	size_t n = 0, cap;
	int e = 0;
	if (!f)
		return NULL;
	if (fstat(fileno(f), &st) == 0 && S_ISDIR(st.st_mode)) {
		fclose(f);
		errno = EISDIR;
		return NULL;
	}
	/* the size is a hint (pipes and devices have none): read to the end */
	cap = (fstat(fileno(f), &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0)
	      ? (size_t)st.st_size + 1 : 65536;
	for (;;) {
		size_t k, want;
		if (!buf || n + 1 >= cap) {
			size_t nc = buf ? cap * 2 : cap;
			char *np = realloc(buf, nc);
			if (!np) {
				e = ENOMEM;
				break;
			}
			buf = np;
			cap = nc;
		}
		want = cap - 1 - n;
		errno = 0;
		k = fread(buf + n, 1, want, f);
		n += k;
		if (k < want) {     /* the end, or an error */
			if (ferror(f))
				e = errno ? errno : EIO;
			break;
		}
	}
	fclose(f);
	if (e) {
		free(buf);
		errno = e;
		return NULL;
	}
	buf[n] = '\0';
	if (len)
		*len = n;
	return buf;
}

char *pl_read_text(const char *path, size_t *len, int flags, const char *what,
                   char *err, size_t errlen)
{
	size_t n = 0;
	char *text = pl_read_file(path, &n);
	const char *bad = NULL;
	if (!text) {
		snprintf(err, errlen, "%s: cannot read the %s: %s", path, what, strerror(errno));
		return NULL;
	}
	if (n == 0)
		bad = "is empty";
	else if (memchr(text, '\0', n))
		bad = "holds a NUL byte: damaged";
	else if ((flags & PL_TEXT_NEWLINE) && text[n - 1] != '\n')
		bad = "does not end with a newline: cut short?";
	if (bad) {
		if (n && memchr(text, '\0', n))
			snprintf(err, errlen, "%s: the %s holds a NUL byte (at byte %zu): damaged", path,
			         what, (size_t)((char *)memchr(text, '\0', n) - text));
		else
			snprintf(err, errlen, "%s: the %s %s", path, what, bad);
		free(text);
		return NULL;
	}
	if (len)
		*len = n;
	return text;
}

int pl_end_line(const char *count, long ndata, const char *path, unsigned line,
                char *err, size_t errlen)
{
	char *end;
	long n;
	errno = 0;
	n = strtol(count, &end, 10);
	if (end == count || *end || errno || n != ndata) {
		snprintf(err, errlen, "%s:%u: the end line counts %s data lines but %ld were read: "
		         "damaged (run tools/gen-lex again)", path, line, count, ndata);
		return -1;
	}
	return 0;
}

char *pl_read_optional(const char *dir, const char *name, size_t *len, int *missing,
                       char *err, size_t errlen)
{
	char path[4096];
	char *text;
	*missing = 0;
	snprintf(path, sizeof path, "%s/%s", dir, name);
	if ((text = pl_read_file(path, len)) != NULL)
		return text;
	if (errno == ENOENT)
		*missing = 1;
	else
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
	return NULL;
}
