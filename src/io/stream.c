/*
** stream.c: see stream.h.
*/
#include "stream.h"

#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

size_t pl_stream_read(FILE *f, void *buf, size_t n, int *err)
{
	size_t k;
	errno = 0;
	k = fread(buf, 1, n, f);
	*err = 0;
	if (k < n && ferror(f))
		*err = errno ? errno : EIO;
	return k;
}

int pl_stream_write(FILE *f, const void *p, size_t n)
{
	if (n == 0)
		return 0;
	errno = 0;
	if (fwrite(p, 1, n, f) != n)
		return errno ? errno : EIO;
	return 0;
}

int pl_stream_flush(FILE *f)
{
	errno = 0;
	if (fflush(f) != 0)
		return errno ? errno : EIO;
	if (ferror(f))
		return EIO;
	return 0;
}

void pl_stream_guard_std(void)
{
	int fd;
	for (fd = 0; fd <= 2; fd++) {
		if (fcntl(fd, F_GETFD) == -1 && errno == EBADF) {
			int k = open("/dev/null", fd == 0 ? O_WRONLY : O_RDONLY);
			if (k >= 0 && k != fd) {
				dup2(k, fd);
				close(k);
			}
		}
	}
}
