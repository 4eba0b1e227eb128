/*
** fault.c: see fault.h.
*/
#include "fault.h"

#ifndef PARLEY_FAULTS

long pl_fault_allocs(void) { return 0; }
long pl_fault_writes(void) { return 0; }
void pl_fault_fail_alloc(long n) { (void)n; }
int pl_fault_enabled(void) { return 0; }

#else

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <jansson.h>

/* the functions the linker's --wrap sends here, and the real ones */
void *__real_malloc(size_t n);
void *__real_calloc(size_t k, size_t n);
void *__real_realloc(void *p, size_t n);
size_t __real_fwrite(const void *p, size_t k, size_t n, FILE *f);
int __real_fputs(const char *s, FILE *f);
int __real_fputc(int c, FILE *f);
int __real_putc(int c, FILE *f);
int __real_puts(const char *s);
int __real_vfprintf(FILE *f, const char *fmt, va_list ap);
int __real_fflush(FILE *f);
void *__wrap_malloc(size_t n);
void *__wrap_calloc(size_t k, size_t n);
void *__wrap_realloc(void *p, size_t n);
char *__wrap_strdup(const char *s);
size_t __wrap_fwrite(const void *p, size_t k, size_t n, FILE *f);
int __wrap_fputs(const char *s, FILE *f);
int __wrap_fputc(int c, FILE *f);
int __wrap_putc(int c, FILE *f);
int __wrap_puts(const char *s);
int __wrap_fprintf(FILE *f, const char *fmt, ...);
int __wrap_printf(const char *fmt, ...);
int __wrap_vfprintf(FILE *f, const char *fmt, va_list ap);
int __wrap_fflush(FILE *f);

static atomic_long allocs, writes, fail_alloc = -1;
static int trace;      /* PARLEY_FAULT_TRACE set: where the failure is */

#if defined(__has_include)
#if __has_include(<sanitizer/common_interface_defs.h>)
#include <sanitizer/common_interface_defs.h>
#define HAVE_TRACE 1
#endif
#endif
static long fail_write = -1;
static const char *count_file;

long pl_fault_allocs(void) { return atomic_load(&allocs); }
long pl_fault_writes(void) { return atomic_load(&writes); }
int pl_fault_enabled(void) { return 1; }

void pl_fault_fail_alloc(long n)
{
	atomic_store(&fail_alloc, n > 0 ? atomic_load(&allocs) + n : -1);
}

/* 1 when this allocation is the one to fail */
static int alloc_fails(void)
{
	int fails = atomic_fetch_add(&allocs, 1) + 1 == atomic_load(&fail_alloc);
#ifdef HAVE_TRACE
	if (fails && trace)
		__sanitizer_print_stack_trace();
#endif
	return fails;
}

void *__wrap_malloc(size_t n)
{
	if (alloc_fails()) {
		errno = ENOMEM;
		return NULL;
	}
	return __real_malloc(n);
}

void *__wrap_calloc(size_t k, size_t n)
{
	if (alloc_fails()) {
		errno = ENOMEM;
		return NULL;
	}
	return __real_calloc(k, n);
}

void *__wrap_realloc(void *p, size_t n)
{
	if (alloc_fails()) {
		errno = ENOMEM;
		return NULL;
	}
	return __real_realloc(p, n);
}

char *__wrap_strdup(const char *s)
{
	size_t n = strlen(s) + 1;
	char *d = __wrap_malloc(n);
	if (d)
		memcpy(d, s, n);
	return d;
}

/* Before a write to f: at the chosen one the disk becomes full. */
static void before_write(FILE *f)
{
	if (f == stderr)
		return;
	if (atomic_fetch_add(&writes, 1) + 1 == fail_write) {
		int full = open("/dev/full", O_WRONLY);
		if (full >= 0) {
			dup2(full, fileno(f));
			close(full);
		}
	}
}

size_t __wrap_fwrite(const void *p, size_t k, size_t n, FILE *f)
{
	before_write(f);
	return __real_fwrite(p, k, n, f);
}

int __wrap_fputs(const char *s, FILE *f)
{
	before_write(f);
	return __real_fputs(s, f);
}

int __wrap_fputc(int c, FILE *f)
{
	before_write(f);
	return __real_fputc(c, f);
}

int __wrap_putc(int c, FILE *f)
{
	before_write(f);
	return __real_putc(c, f);
}

int __wrap_puts(const char *s)
{
	before_write(stdout);
	return __real_puts(s);
}

int __wrap_vfprintf(FILE *f, const char *fmt, va_list ap)
{
	before_write(f);
	return __real_vfprintf(f, fmt, ap);
}

int __wrap_fprintf(FILE *f, const char *fmt, ...)
{
	va_list ap;
	int r;
	va_start(ap, fmt);
	r = __wrap_vfprintf(f, fmt, ap);
	va_end(ap);
	return r;
}

int __wrap_printf(const char *fmt, ...)
{
	va_list ap;
	int r;
	va_start(ap, fmt);
	r = __wrap_vfprintf(stdout, fmt, ap);
	va_end(ap);
	return r;
}

int __wrap_fflush(FILE *f)
{
	if (f)
		before_write(f);
	return __real_fflush(f);
}

static void report(void)
{
	char line[80];
	FILE *f;
	if (!count_file)
		return;
	snprintf(line, sizeof line, "allocs %ld\nwrites %ld\n", atomic_load(&allocs), atomic_load(&writes));
	f = fopen(count_file, "w");
	if (!f)
		return;
	__real_fwrite(line, 1, strlen(line), f);
	fclose(f);
}

static long env_number(const char *name)
{
	const char *v = getenv(name);
	return v && *v ? atol(v) : -1;
}

__attribute__((constructor)) static void fault_init(void)
{
	atomic_store(&fail_alloc, env_number("PARLEY_FAULT_ALLOC"));
	fail_write = env_number("PARLEY_FAULT_WRITE");
	count_file = getenv("PARLEY_FAULT_COUNT");
	trace = getenv("PARLEY_FAULT_TRACE") != NULL;
	/* jansson allocates through the same counter */
	json_set_alloc_funcs(__wrap_malloc, free);
	if (count_file)
		atexit(report);
}

#endif
