/*
** petrarch.c: PETRARCH/TABARI dictionaries read unchanged into the store;
** see petrarch.h for what is kept and how patterns are converted.
**
** The formats, as the files themselves use them:
**   actors    NAME_WITH_UNDERSCORES [CODE] ...   a name and its codes
**             +SYNONYM                            another name of the entry
**             [CODE >YYYYMMDD] [CODE <YYMMDD] [CODE date-date]  dated codes,
**                                                 also on lines of their own
**             names without codes wait for the codes of the next lines
**   agents    !MACRO! = A, B                      text substituted in names
**             NAME {PLURAL ...} [~ROLE]           or [ROLE~]
**   verbs     &SYNSET then +MEMBER lines
**             --- NAME [CODE] ---                 a block; then its verbs:
**             VERB {FORMS} [CODE], +MULTI_WORD    and its patterns:
**             - PRE WORDS * POST WORDS [CODE]     * the verb, + target,
**                                                 $ source, ^ skip, % compound
**             (TABARI: VERB [CODE] lines start blocks of their own)
**   discards  PHRASE (sentence) or +PHRASE (story)
** Comments start with # or ; and lines starting with < are section tags or
** XML-style comments.
*/
#include "petrarch.h"

#include "../base/file.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../lex/lemma.h"
#include "../lex/tagger.h"
#include "../text/segment.h"

#define MAXNAMES 2048    /* names of one actor entry */
#define MAXCODES 32      /* codes of one actor entry */
#define MAXVERBS 512     /* verbs of one block */
#define MAXITEMS 32      /* items of one pattern */
#define MAXELEM 16       /* elements of one converted pattern */
#define MAXMACROS 64

static const pl_date nodate = {0, 0, 0};

typedef struct rd {
	pl_store *s;
	const char *file;    /* "petrarch/<base name>", interned */
	uint32_t line;
	pl_arena *scratch;   /* tokenizing, reset often */
	pl_arena *tmp;       /* per-file structures */
	/* counters for the stats */
	long files, patterns, preverb, expanded, truncated, nullpat, extracodes;
	long compound;
} rd;

static void warn(rd *R, const char *fmt, const char *arg)
{
	pl_store_warnf(R->s, R->file, R->line, fmt, arg);
}

/* ---- small text helpers ------------------------------------------------ */


/* Cuts a # or ; comment off a line (not inside a [code] block: [###]). */
static void cut_comment(char *s)
{
	int depth = 0;
	for (; *s; s++) {
		if (*s == '[')
			depth++;
		else if (*s == ']' && depth > 0)
			depth--;
		else if ((*s == '#' || *s == ';') && depth == 0) {
			*s = '\0';
			return;
		}
	}
}

/* PETRARCH's and TABARI's codes that mean "code nothing": ---, ### (discard)
** and +++ (too complex to code). */
static int null_code(const char *c)
{
	size_t n = strlen(c);
	return n > 0 && (strspn(c, "-") == n || strspn(c, "#") == n || strspn(c, "+") == n);
}

static void upcase(char *s)
{
	for (; *s; s++)
		if (*s >= 'a' && *s <= 'z')
			*s = (char)(*s - 'a' + 'A');
}

static void lowcase(char *s)
{
	for (; *s; s++)
		if (*s >= 'A' && *s <= 'Z')
			*s = (char)(*s - 'A' + 'a');
}

static const char *intern(rd *R, const char *s)
{
	return pl_arena_strndup(R->s->pool, s, strlen(s));
}

/* Next line of a buffer (cut in place), or NULL at the end. */
static char *next_line(char **p)
{
	char *line = *p, *nl;
	if (!line || !*line)
		return NULL;
	nl = strchr(line, '\n');
	if (nl) {
		*nl = '\0';
		*p = nl + 1;
	} else {
		*p = line + strlen(line);
	}
	return line;
}

/* Turns a dictionary phrase into text: underscores become spaces, TABARI's
** stem marks (~) go, runs of spaces collapse, ends are trimmed. */
static void phrase_text(const char *in, char *out, size_t n)
{
	size_t k = 0;
	for (; *in && k + 1 < n; in++) {
		char c = *in == '_' ? ' ' : *in;
		if (c == '~')
			continue;
		if (c == ' ' && (k == 0 || out[k - 1] == ' '))
			continue;
		out[k++] = c;
	}
	while (k > 0 && out[k - 1] == ' ')
		k--;
	out[k] = '\0';
}

/* YYYYMMDD or YYMMDD (19YY from 50 up, else 20YY). */
static int parse_date(const char *s, pl_date *d)
{
	size_t n = strlen(s);
	long v;
	int y, m, dd;
	if ((n != 6 && n != 8) || strspn(s, "0123456789") != n)
		return -1;
	v = strtol(s, NULL, 10);
	dd = (int)(v % 100);
	m = (int)(v / 100 % 100);
	y = (int)(v / 10000);
	if (n == 6)
		y += y >= 50 ? 1900 : 2000;
	if (m < 1 || m > 12 || dd < 1 || dd > 31)
		return -1;
	d->y = (int16_t)y;
	d->m = (int8_t)m;
	d->d = (int8_t)dd;
	return 0;
}

/* ---- kind of a file ---------------------------------------------------- */

int pl_petrarch_kind(const char *path, const char *text)
{
	long verbs = 0, tilde = 0, codes = 0, plain = 0, issue = 0;
	const char *p = text, *base = strrchr(path, '/');
	char low[256];
	while (p && *p) {
		const char *e = strchr(p, '\n'), *b, *c;
		size_t n = e ? (size_t)(e - p) : strlen(p);
		char line[1024];
		if (n >= sizeof line)
			n = sizeof line - 1;
		memcpy(line, p, n);
		line[n] = '\0';
		p = e ? e + 1 : NULL;
		if (!strncmp(line, "<ISSUE", 6))
			issue++;
		cut_comment(line);
		b = pl_trim(line);
		if (!*b || *b == '<')
			continue;
		if (!strncmp(b, "---", 3) && strchr(b, '['))
			verbs++;
		else if (b[0] == '-' && strchr(b, '*'))
			verbs++;
		c = strchr(b, '[');
		if (c) {
			const char *q = strchr(c, ']');
			codes++;
			if (q && memchr(c, '~', (size_t)(q - c)))
				tilde++;
		} else if (*b != '+' && *b != '&' && *b != '!') {
			plain++;
		}
	}
	if (issue)
		return PL_PK_ISSUES;
	if (verbs)
		return PL_PK_VERBS;
	if (codes && tilde * 2 > codes)
		return PL_PK_AGENTS;
	if (codes)
		return PL_PK_ACTORS;
	if (plain)
		return PL_PK_DISCARDS;
	/* nothing to tell by: the name */
	snprintf(low, sizeof low, "%s", base ? base + 1 : path);
	lowcase(low);
	if (strstr(low, "verb"))
		return PL_PK_VERBS;
	if (strstr(low, "agent"))
		return PL_PK_AGENTS;
	if (strstr(low, "discard"))
		return PL_PK_DISCARDS;
	if (strstr(low, "issue"))
		return PL_PK_ISSUES;
	if (strstr(low, "actor"))
		return PL_PK_ACTORS;
	return PL_PK_UNKNOWN;
}

/* ---- actors ------------------------------------------------------------ */

typedef struct acode {
	const char *code;
	pl_date from, to;
	int dated;
} acode;

typedef struct actor {
	char *name[MAXNAMES];
	uint32_t line[MAXNAMES];
	int nname;
	acode code[MAXCODES];
	int ncode;
	int coded;           /* a code block was seen (even a bad one) */
} actor;

/* Reads one [CODE ...] block's inside. Returns 1 with a code, 0 for a null
** code ([---]), -1 when broken (reported). */
static int actor_code(rd *R, char *in, acode *out)
{
	char *sp, *d, spec[64];
	size_t k = 0;
	in = pl_trim(in);
	memset(out, 0, sizeof *out);
	sp = in + strcspn(in, " \t<>");
	{
		char save = *sp;
		*sp = '\0';
		if (!*in) {
			*sp = save;
			warn(R, "code block [%s] has no code, skipped", in);
			return -1;
		}
		upcase(in);
		if (null_code(in)) {
			*sp = save;
			return 0;
		}
		/* a compound code (THE_SHIRE [FRO/BIL/SAM]) is kept whole: the
		** coder makes one event per code */
		if (strchr(in, '/'))
			R->compound++;
		if (strspn(in, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-/") != strlen(in) || strlen(in) > 48 ||
		    strcspn(in, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") == strlen(in) || in[0] == '/' ||
		    in[strlen(in) - 1] == '/' || strstr(in, "//")) {
			warn(R, "bad actor code \"%s\", skipped", in);
			return -1;
		}
		out->code = intern(R, in);
		if (!out->code)
			return -2;
		*sp = save;
	}
	for (d = sp; *d && k + 1 < sizeof spec; d++)
		if (*d != ' ' && *d != '\t')
			spec[k++] = *d;
	spec[k] = '\0';
	if (!k)
		return 1;
	out->dated = 1;
	if (spec[0] == '>' || spec[0] == '<') {
		if (parse_date(spec + 1, spec[0] == '>' ? &out->from : &out->to) < 0) {
			warn(R, "bad date restriction \"%s\" (want >YYYYMMDD, <YYYYMMDD or "
			     "YYYYMMDD-YYYYMMDD), code skipped", spec);
			return -1;
		}
		return 1;
	}
	{
		char *dash = strchr(spec, '-');
		if (!dash) {
			warn(R, "bad date restriction \"%s\" (want >YYYYMMDD, <YYYYMMDD or "
			     "YYYYMMDD-YYYYMMDD), code skipped", spec);
			return -1;
		}
		*dash = '\0';
		if (parse_date(spec, &out->from) < 0 || parse_date(dash + 1, &out->to) < 0) {
			*dash = '-';
			warn(R, "bad date restriction \"%s\" (want >YYYYMMDD, <YYYYMMDD or "
			     "YYYYMMDD-YYYYMMDD), code skipped", spec);
			return -1;
		}
	}
	return 1;
}

/* Single short all-capital words ("US", "UN") keep their capitals so that
** they do not match ordinary words ("us"); every other name matches any
** case, as in PETRARCH. */
static void actor_case(char *t)
{
	size_t n = strlen(t);
	if (n <= 3 && strspn(t, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") == n)
		return;
	lowcase(t);
}

static int actor_flush(rd *R, actor *A)
{
	pl_store *s = R->s;
	int i, j, pass, dated = 0;
	const char *name;
	if (A->nname == 0) {
		A->ncode = A->coded = 0;
		return 0;
	}
	if (A->ncode == 0) {
		if (!A->coded) {
			uint32_t keep = R->line;
			R->line = A->line[0];
			warn(R, "no code for \"%s\", entry skipped", A->name[0]);
			R->line = keep;
		}
		A->nname = A->ncode = A->coded = 0;
		return 0;
	}
	for (j = 0; j < A->ncode; j++)
		dated |= A->code[j].dated;
	/* dated codes first: on a tie in date distance the first entry wins, so
	** an undated code is the fallback outside the dated terms */
	name = intern(R, A->name[0]);
	if (!name)
		return -1;
	for (pass = 0; pass < 2; pass++) {
		for (j = 0; j < A->ncode; j++) {
			const acode *c = &A->code[j];
			int kind;
			if (c->dated != (pass == 0))
				continue;
			if (dated)
				kind = PL_A_PERSON;
			else if (strlen(c->code) == 3 && strspn(c->code, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") == 3)
				kind = PL_A_COUNTRY;
			else
				kind = PL_A_ORG;
			if (kind == PL_A_PERSON)
				s->n_people++;
			else if (kind == PL_A_COUNTRY)
				s->n_countries++;
			else
				s->n_orgs++;
			for (i = 0; i < A->nname; i++) {
				char t[1024];
				phrase_text(A->name[i], t, sizeof t);
				actor_case(t);
				if (!*t)
					continue;
				pl_arena_reset(R->scratch);
				if (pl_store_add_phrase(s, &s->names, R->scratch, t, kind, c->code, name,
				                        c->from, c->to, R->file, A->line[i]) < 0)
					return -1;
				s->n_names++;
			}
		}
	}
	A->nname = A->ncode = A->coded = 0;
	return 0;
}

/* Reads the [...] blocks of a line into A; returns the text before the
** first block through *name (cut in place), or -1 when out of memory. */
static int actor_codes(rd *R, actor *A, char *line, char **name)
{
	char *b = strchr(line, '[');
	if (b)
		*b = '\0';
	*name = pl_trim(line);
	while (b) {
		char *in = b + 1, *e = strchr(in, ']');
		int r;
		acode c;
		A->coded = 1;
		if (!e) {
			warn(R, "unclosed code block \"[%s\", skipped", in);
			return 0;
		}
		*e = '\0';
		b = strchr(e + 1, '[');
		r = actor_code(R, in, &c);
		if (r == -2)
			return -1;
		if (r == 1) {
			if (A->ncode == MAXCODES)
				warn(R, "more than 32 codes, %s skipped", c.code);
			else
				A->code[A->ncode++] = c;
		}
	}
	return 0;
}

static int add_name(rd *R, actor *A, char *name)
{
	char *n = pl_arena_strndup(R->tmp, name, strlen(name));
	if (!n)
		return -1;
	if (A->nname == MAXNAMES) {
		warn(R, "more than 2048 names in one entry, \"%s\" skipped", name);
		return 0;
	}
	A->line[A->nname] = R->line;
	A->name[A->nname++] = n;
	return 0;
}

static int load_actors(rd *R, char *text)
{
	actor *A = calloc(1, sizeof *A);
	char *p = text, *line;
	int skipping = 0;
	if (!A)
		return -1;
	for (R->line = 1; (line = next_line(&p)) != NULL; R->line++) {
		char *b, *name;
		cut_comment(line);
		b = pl_trim(line);
		if (*b == '<') {
			/* <NOUN> and <ADJECTIVE> sections of TABARI files hold no actors */
			if (!strncmp(b, "<NOUN>", 6) || !strncmp(b, "<ADJECTIVE>", 11))
				skipping = 1;
			else if (!strncmp(b, "</", 2))
				skipping = 0;
			continue;
		}
		if (!*b || skipping)
			continue;
		if (*b == '+') {
			if (A->nname == 0) {
				warn(R, "synonym \"%s\" before any entry, skipped", b);
				continue;
			}
			if (actor_codes(R, A, b + 1, &name) < 0 || (*name && add_name(R, A, name) < 0))
				goto oom;
			continue;
		}
		if (*b == '[') {
			if (A->nname == 0) {
				warn(R, "codes \"%s\" before any entry, skipped", b);
				continue;
			}
			if (actor_codes(R, A, b, &name) < 0)
				goto oom;
			continue;
		}
		/* a new name: a new entry, unless the pending one has no code yet */
		if (A->coded && actor_flush(R, A) < 0)
			goto oom;
		if (actor_codes(R, A, b, &name) < 0)
			goto oom;
		if (!*name) {
			warn(R, "entry without a name, skipped%s", "");
			continue;
		}
		if (add_name(R, A, name) < 0)
			goto oom;
	}
	if (actor_flush(R, A) < 0)
		goto oom;
	free(A);
	return 0;
oom:
	free(A);
	return -1;
}

/* ---- agents ------------------------------------------------------------ */

typedef struct macro {
	char *name;          /* "!PERSON!" */
	char *val[32];
	int nval;
} macro;

typedef struct agentctx {
	macro m[MAXMACROS];
	int nm;
	int role_first;      /* the current line's code is [ROLE~] */
} agentctx;

/* Lemma of a word used as a noun (plural or singular). */
static const char *noun_lemma(rd *R, const char *low)
{
	return pl_lemma(R->s->lemma, low, PL_T_NNS, R->scratch);
}

/* An agent phrase: lower case, its last word as a singular noun (agents are
** matched on lemmas). */
static int add_agent(rd *R, const char *raw, const char *role, int role_first)
{
	char t[1024], out[1200];
	char *last;
	const char *lem;
	phrase_text(raw, t, sizeof t);
	lowcase(t);
	if (!*t)
		return 0;
	pl_arena_reset(R->scratch);
	last = strrchr(t, ' ');
	last = last ? last + 1 : t;
	lem = noun_lemma(R, last);
	snprintf(out, sizeof out, "%.*s%s", (int)(last - t), t, lem ? lem : last);
	if (pl_store_add_phrase(R->s, &R->s->agents, R->scratch, out,
	                        PL_A_AGENT | (role_first ? PL_A_ROLE_FIRST : 0), role, NULL,
	                        nodate, nodate, R->file, R->line) < 0)
		return -1;
	R->s->n_agents++;
	/* an irregular plural ("golden geese") also as written, for a text
	** the tagger reads as singular */
	if (lem && strcmp(lem, last) != 0 && last[0] && last[strlen(last) - 1] != 's') {
		if (pl_store_add_phrase(R->s, &R->s->agents, R->scratch, t,
		                        PL_A_AGENT | (role_first ? PL_A_ROLE_FIRST : 0), role, NULL,
		                        nodate, nodate, R->file, R->line) < 0)
			return -1;
	}
	return 0;
}

/* Adds `name` with every macro in it substituted by each of its values. */
static int add_agent_expanded(rd *R, agentctx *X, const char *name, const char *role, int depth)
{
	int i, j;
	for (i = 0; i < X->nm && depth < 4; i++) {
		const char *at = strstr(name, X->m[i].name);
		if (at) {
			size_t pre = (size_t)(at - name), ml = strlen(X->m[i].name);
			for (j = 0; j < X->m[i].nval; j++) {
				char buf[1024];
				snprintf(buf, sizeof buf, "%.*s%s%s", (int)pre, name, X->m[i].val[j], at + ml);
				if (add_agent_expanded(R, X, buf, role, depth + 1) < 0)
					return -1;
			}
			return 0;
		}
	}
	if (strchr(name, '!')) {
		warn(R, "unknown substitution in \"%s\", skipped", name);
		return 0;
	}
	return add_agent(R, name, role, X->role_first);
}

static int agent_macro(rd *R, agentctx *X, char *b)
{
	char *eq = strchr(b, '='), *v, *save = NULL;
	macro *m;
	*eq = '\0';
	b = pl_trim(b);
	if (b[0] != '!' || b[strlen(b) - 1] != '!' || strlen(b) < 3) {
		warn(R, "bad substitution name \"%s\" (want !NAME!), skipped", b);
		return 0;
	}
	if (X->nm == MAXMACROS) {
		warn(R, "too many substitutions, \"%s\" skipped", b);
		return 0;
	}
	m = &X->m[X->nm];
	m->name = pl_arena_strndup(R->tmp, b, strlen(b));
	m->nval = 0;
	if (!m->name)
		return -1;
	for (v = strtok_r(eq + 1, ",", &save); v && m->nval < 32; v = strtok_r(NULL, ",", &save)) {
		v = pl_trim(v);
		if (!*v)
			continue;
		m->val[m->nval] = pl_arena_strndup(R->tmp, v, strlen(v));
		if (!m->val[m->nval])
			return -1;
		m->nval++;
	}
	if (!m->nval) {
		warn(R, "substitution \"%s\" has no values, skipped", b);
		return 0;
	}
	X->nm++;
	return 0;
}

static int load_agents(rd *R, char *text)
{
	agentctx *X = calloc(1, sizeof *X);
	char *p = text, *line;
	if (!X)
		return -1;
	for (R->line = 1; (line = next_line(&p)) != NULL; R->line++) {
		char *b, *lb, *rb, *cb, *ce, *name, *code, roleb[64];
		const char *role;
		size_t n;
		cut_comment(line);
		b = pl_trim(line);
		if (!*b || *b == '<')
			continue;
		if (*b == '!' && strchr(b, '=')) {
			if (agent_macro(R, X, b) < 0)
				goto oom;
			continue;
		}
		cb = strchr(b, '[');
		ce = cb ? strchr(cb, ']') : NULL;
		if (!cb || !ce) {
			warn(R, "agent \"%s\" has no [~CODE], skipped", b);
			continue;
		}
		*ce = '\0';
		*cb = '\0';
		/* the code, without spaces: ~ROLE (or ROLE~, code placed first) */
		for (n = 0, code = cb + 1; *code && n + 1 < sizeof roleb; code++)
			if (*code != ' ' && *code != '\t')
				roleb[n++] = *code;
		roleb[n] = '\0';
		upcase(roleb);
		X->role_first = roleb[0] != '~';
		if (roleb[0] == '~')
			memmove(roleb, roleb + 1, n);
		else if (n > 1 && roleb[n - 1] == '~')
			roleb[n - 1] = '\0';
		else {
			warn(R, "agent code \"%s\" has no ~, skipped", roleb);
			continue;
		}
		if (!roleb[0] || strspn(roleb, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") != strlen(roleb)) {
			warn(R, "bad agent code \"%s\", skipped", roleb);
			continue;
		}
		role = intern(R, roleb);
		if (!role)
			goto oom;
		lb = strchr(b, '{');
		rb = lb ? strchr(lb, '}') : NULL;
		if (lb && !rb) {
			warn(R, "unclosed {plural forms} in \"%s\", skipped", b);
			continue;
		}
		if (lb)
			*lb = '\0';
		name = pl_trim(b);
		if (!*name) {
			warn(R, "agent without a name, skipped%s", "");
			continue;
		}
		if (add_agent_expanded(R, X, name, role, 0) < 0)
			goto oom;
		if (lb) {
			char *pl, *save = NULL;
			*rb = '\0';
			for (pl = strtok_r(lb + 1, " \t", &save); pl; pl = strtok_r(NULL, " \t", &save))
				if (add_agent_expanded(R, X, pl, role, 0) < 0)
					goto oom;
		}
	}
	free(X);
	return 0;
oom:
	free(X);
	return -1;
}

/* ---- discards ---------------------------------------------------------- */

static int load_discards(rd *R, char *text)
{
	char *p = text, *line;
	for (R->line = 1; (line = next_line(&p)) != NULL; R->line++) {
		char *b, t[1024];
		int story;
		cut_comment(line);
		b = pl_trim(line);
		if (!*b || *b == '<')
			continue;
		story = *b == '+';
		if (story)
			b++;
		if (strchr(b, '[')) {
			warn(R, "discard \"%s\" has a code block, skipped", b);
			continue;
		}
		phrase_text(b, t, sizeof t);
		lowcase(t);
		if (!*t) {
			warn(R, "empty discard, skipped%s", "");
			continue;
		}
		pl_arena_reset(R->scratch);
		if (pl_store_add_phrase(R->s, &R->s->discards, R->scratch, t, PL_A_DISCARD,
		                        story ? "story" : "sentence", NULL, nodate,
		                        nodate, R->file, R->line) < 0)
			return -1;
		R->s->n_discards++;
	}
	return 0;
}

/* ---- issues ------------------------------------------------------------ */

/* Adds an issue phrase as written ("n:" and "v:" mark a noun and a verb, here
** matched like any word, as written or by lemma; "+" joins two words that may be written apart, with a hyphen or as
** one: "pre+k" is "pre k", "pre-k" and "prek"). */
static int add_issue(rd *R, const char *phrase, int kind, const char *code, const char *cat)
{
	char t[1024], v[3][1024];
	const char *plus;
	int i, nv = 1;
	size_t k = 0;
	for (; *phrase && k + 1 < sizeof t; phrase++) {
		/* "n:" a noun, "v:" a verb: matched by lemma like every word */
		if ((phrase[0] == 'n' || phrase[0] == 'v') && phrase[1] == ':' &&
		    (k == 0 || t[k - 1] == ' ' || t[k - 1] == '+')) {
			phrase++;
			continue;
		}
		t[k++] = *phrase;
	}
	t[k] = '\0';
	lowcase(t);
	snprintf(v[0], sizeof v[0], "%s", t);
	if ((plus = strchr(t, '+')) != NULL) {
		char *q;
		snprintf(v[1], sizeof v[1], "%s", t);
		snprintf(v[2], sizeof v[2], "%s", t);
		while ((q = strchr(v[0], '+')) != NULL)
			*q = ' ';
		while ((q = strchr(v[1], '+')) != NULL)
			*q = '-';
		while ((q = strchr(v[2], '+')) != NULL)
			memmove(q, q + 1, strlen(q));
		nv = 3;
	}
	for (i = 0; i < nv; i++) {
		char p2[1024];
		phrase_text(v[i], p2, sizeof p2);
		if (!*p2)
			continue;
		pl_arena_reset(R->scratch);
		if (pl_store_add_phrase(R->s, &R->s->issues, R->scratch, p2, kind, code, cat, nodate, nodate,
		                        R->file, R->line) < 0)
			return -1;
	}
	R->s->n_issues++;
	return 0;
}

static int load_issues(rd *R, char *text)
{
	char *p = text, *line, cat[128] = "";
	for (R->line = 1; (line = next_line(&p)) != NULL; R->line++) {
		char *b, *lb, *rb, *code;
		const char *c;
		cut_comment(line);
		b = pl_trim(line);
		if (!*b)
			continue;
		if (!strncmp(b, "<ISSUE", 6)) {
			const char *q = strstr(b, "CATEGORY=\"");
			cat[0] = '\0';
			if (q) {
				q += 10;
				snprintf(cat, sizeof cat, "%.*s", (int)strcspn(q, "\""), q);
			}
			continue;
		}
		if (*b == '<')
			continue;
		if (*b == '~') {
			if (add_issue(R, b + 1, PL_A_ISSUE_NOT, "", cat) < 0)
				return -1;
			continue;
		}
		lb = strrchr(b, '[');
		rb = lb ? strchr(lb, ']') : NULL;
		if (!lb || !rb) {
			/* a phrase with no code codes its block's category */
			if (!cat[0]) {
				warn(R, "issue phrase \"%s\" has no [CODE] and no category, skipped", b);
				continue;
			}
			c = pl_arena_strndup(R->s->pool, cat, strlen(cat));
			if (!c || add_issue(R, b, PL_A_ISSUE, c, c) < 0)
				return -1;
			continue;
		}
		*rb = '\0';
		code = pl_trim(lb + 1);
		*lb = '\0';
		if (!*code || strspn(code, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-") != strlen(code)) {
			warn(R, "bad issue code \"%s\", skipped", code);
			continue;
		}
		if (!*pl_trim(b)) {
			warn(R, "issue code without a phrase, skipped%s", "");
			continue;
		}
		c = pl_arena_strndup(R->s->pool, code, strlen(code));
		if (!c || add_issue(R, pl_trim(b), PL_A_ISSUE, c,
		                    pl_arena_strndup(R->s->pool, cat, strlen(cat))) < 0)
			return -1;
	}
	return 0;
}

/* The longest issue phrase (or exclusion) at token i, or NULL. */
static const pl_phrase *issue_at(const pl_store *s, const pl_token *tok, uint32_t i, uint32_t t1)
{
	const char *keys[2];
	int nk = 1, q;
	keys[0] = tok[i].low;
	if (tok[i].lemma && strcmp(tok[i].lemma, tok[i].low))
		keys[nk++] = tok[i].lemma;
	for (q = 0; q < nk; q++) {
		const pl_phrase *ph = pl_hash_get(&s->issues, keys[q], strlen(keys[q]));
		for (; ph; ph = ph->next) {
			uint32_t k;
			if (i + ph->ntok > t1)
				continue;
			for (k = 0; k < ph->ntok; k++) {
				const pl_token *t = &tok[i + k];
				if (strcmp(ph->tok[k], t->low) && !(t->lemma && !strcmp(ph->tok[k], t->lemma)))
					break;
			}
			if (k == ph->ntok)
				return ph;
		}
	}
	return NULL;
}

int pl_petrarch_issues(const pl_store *s, const pl_token *tok, uint32_t t0, uint32_t t1,
                       pl_issue_hit *out, int max)
{
	uint32_t i, x0[64], x1[64];
	int n = 0, nx = 0, k;
	if (!s->n_issues)
		return 0;
	/* the exclusions ("~" phrases) once, before the issue phrases */
	for (i = t0; i < t1 && nx < 64; i++) {
		const pl_phrase *x = issue_at(s, tok, i, t1);
		if (x && x->kind == PL_A_ISSUE_NOT) {
			x0[nx] = i;
			x1[nx++] = i + x->ntok;
		}
	}
	for (i = t0; i < t1 && n < max; ) {
		const pl_phrase *ph = issue_at(s, tok, i, t1);
		int inside = 0;
		if (!ph) {
			i++;
			continue;
		}
		for (k = 0; k < nx && !inside; k++)
			inside = x0[k] <= i && i < x1[k];
		if (ph->kind == PL_A_ISSUE && !inside) {
			for (k = 0; k < n && strcmp(out[k].ph->code, ph->code); k++)
				;
			if (k == n) {
				out[n].ph = ph;
				out[n].t0 = i;
				out[n].t1 = i + ph->ntok;
				n++;
			}
		}
		i += ph->ntok;
	}
	return n;
}

int pl_petrarch_discarded(const pl_store *s, const pl_token *tok, uint32_t t0, uint32_t t1)
{
	uint32_t i, k;
	int found = 0;
	for (i = t0; i < t1; i++) {
		const pl_phrase *ph = pl_hash_get(&s->discards, tok[i].low, strlen(tok[i].low));
		for (; ph; ph = ph->next) {
			if (i + ph->ntok > t1)
				continue;
			for (k = 0; k < ph->ntok; k++)
				if (strcmp(ph->tok[k], tok[i + k].low) != 0)
					break;
			if (k == ph->ntok) {
				if (!strcmp(ph->code, "story"))
					return 2;
				found = 1;
			}
		}
	}
	return found;
}

/* ---- verbs ------------------------------------------------------------- */

typedef struct synset {
	char **mem;          /* members as written ("AUSTRIAN FLORIN", "&X") */
	int n;
	size_t cap;
} synset;

typedef struct verb {
	const char *lemma, *particle;
	const char *form;    /* "LEFT", "MET": an inflected form is a verb of
	                     ** its own in PETRARCH, or NULL */
	const char **lead;   /* words after a multi-word verb's particle */
	int nlead;
	const char *code;    /* the verb's own code, or NULL */
} verb;

/* One converted pattern (after expansion). */
typedef struct expn {
	const char *el[MAXELEM];
	int n;
	int star;            /* elements before the verb, -1 before the `*` */
	int tgt_before;      /* a `+` before the verb: the subject is the target */
	int star_adj;        /* "RECENTLY_*": the last word before the verb is
	                     ** right before it */
	int pending_adj;     /* the next word must follow the one before it */
} expn;

typedef struct vctx {
	pl_hash syn;         /* name -> synset */
	verb v[MAXVERBS];
	int nv;
	const char *bcode;   /* block code, NULL when [---] */
	const char *brcode;  /* the block's paired second code, or NULL */
	int inblock;         /* a --- block is open */
	int blockfile;       /* the file uses --- blocks (PETRARCH) */
	expn *ex;            /* expansions of the current pattern */
	int nex;
	int over;            /* an expansion too long, or more than the cap */
	int full;            /* the cap is reached: expanding stops at once */
	long steps;          /* calls of expand_items for this pattern */
	int badsyn;          /* an unknown synset was met */
} vctx;

/* A pattern word as PETRARCH matches it: the word as written, in lower
** case ("RESOLUTION" is not "resolutions"); "N'T" is "not". */
static const char *literal_word(rd *R, const char *w)
{
	char low[256];
	snprintf(low, sizeof low, "%s", w);
	lowcase(low);
	if (!strcmp(low, "n't"))
		return "not";
	return pl_arena_strndup(R->s->pool, low, strlen(low));
}

/* Splits a pattern or member into items, in buf: underscores and spaces
** separate words; {, | and } stand alone.  With adj set, a `_` joins words
** that must be next to each other in the text ("REALLY_PLEASANT",
** "RECENTLY_*"): the item after it starts with ADJ. */
#define ADJ '\x01'
static int split_words(const char *in, char *buf, size_t bufn, char **it, int max, int adj)
{
	size_t k = 0;
	int n = 0, pending = 0;
	char *p;
	for (; *in && k + 5 < bufn; in++) {
		if (*in == '{' || *in == '|' || *in == '}') {
			buf[k++] = ' ';
			if (pending && *in == '{')
				buf[k++] = ADJ;
			pending = 0;
			buf[k++] = *in;
			buf[k++] = ' ';
		} else if (*in == '_' || *in == ' ' || *in == '\t') {
			if (*in == '_' && adj)
				pending = 1;
			buf[k++] = ' ';
		} else {
			if (pending && (k == 0 || buf[k - 1] == ' '))
				buf[k++] = ADJ;
			pending = 0;
			buf[k++] = *in;
		}
	}
	buf[k] = '\0';
	for (p = buf; *p && n < max; ) {
		while (*p == ' ')
			p++;
		if (!*p)
			break;
		it[n++] = p;
		while (*p && *p != ' ')
			p++;
		if (*p)
			*p++ = '\0';
	}
	return n;
}

static int split_items(const char *in, char *buf, size_t bufn, char **it, int max)
{
	return split_words(in, buf, bufn, it, max, 0);
}

static int split_pattern(const char *in, char *buf, size_t bufn, char **it, int max)
{
	return split_words(in, buf, bufn, it, max, 1);
}

static int expand_items(rd *R, vctx *V, char **it, int n, expn *cur, int depth);

/* Synsets and { } alternatives met along one expansion, at most; and the
** steps of expansion one pattern may take (each keeps at most MAXELEM words). */
#define EXPAND_DEPTH 16
#define EXPAND_STEPS (PL_PETRARCH_MAX_EXPAND * 64L)

/* Expands the alternatives of one item, each a word list, then the rest. */
static int expand_alt(rd *R, vctx *V, char *alt, char **rest, int nrest, expn *cur, int depth)
{
	char buf[1024], *sub[MAXITEMS * 2];
	int ns, k, j;
	expn save = *cur;
	ns = split_pattern(alt, buf, sizeof buf, sub, MAXITEMS);
	/* the member's own items, then the rest of the pattern */
	if (ns + nrest > MAXITEMS * 2) {
		V->over = 1;
		return 0;
	}
	for (k = 0, j = ns; k < nrest; k++)
		sub[j++] = rest[k];
	if (expand_items(R, V, sub, ns + nrest, cur, depth + 1) < 0)
		return -1;
	*cur = save;
	return 0;
}

/* Builds every expansion of items it[0..n) appended to cur. */
static int expand_items(rd *R, vctx *V, char **it, int n, expn *cur, int depth)
{
	int i;
	if (V->full)
		return 0;
	/* bounded work whatever the synsets: a pattern of many synsets (or
	** one that names itself) stops here as when the cap is reached */
	if (++V->steps > EXPAND_STEPS) {
		V->over = V->full = 1;
		return 0;
	}
	if (depth > EXPAND_DEPTH) {
		V->over = 1;
		return 0;
	}
	for (i = 0; i < n; i++) {
		char *w = it[i];
		int adj = 0;
		if (w[0] == ADJ) {
			adj = 1;
			w++;
		}
		if (!strcmp(w, "*")) {
			if (cur->star < 0) {
				cur->star = cur->n;
				cur->star_adj = adj;
			}
			cur->pending_adj = 0;
			continue;
		}
		if (w[0] == '&' || !strcmp(w, "{"))
			cur->pending_adj = adj;
		else if (w[0] == '+' || w[0] == '$' || w[0] == '^' || w[0] == '%')
			cur->pending_adj = 0;
		if (!strcmp(w, "%"))
			continue;
		if (!strcmp(w, "^") || !strcmp(w, "$")) {
			/* after the verb, items of their own: ^ one phrase skipped
			** ("WARNED AT ^ +"), $ the source; before it ^ means nothing
			** and $ is the subject, as without it */
			if (cur->star < 0)
				continue;
			if (cur->n < MAXELEM)
				cur->el[cur->n++] = w[0] == '^' ? "^" : "$";
			else
				V->over = 1;
			continue;
		}
		if (w[0] == '&') {
			char name[128];
			synset *sy;
			int m;
			snprintf(name, sizeof name, "%s", w + 1);
			while (*name && name[strlen(name) - 1] == '_')
				name[strlen(name) - 1] = '\0';
			upcase(name);
			sy = pl_hash_get(&V->syn, name, strlen(name));
			if (!sy) {
				warn(R, "unknown synset &%s, pattern skipped", name);
				V->badsyn = 1;
				return 0;
			}
			for (m = 0; m < sy->n && !V->badsyn && !V->full; m++)
				if (expand_alt(R, V, sy->mem[m], it + i + 1, n - i - 1, cur, depth) < 0)
					return -1;
			return 0;
		}
		if (!strcmp(w, "{")) {
			int j, start = i + 1, close = -1;
			for (j = start; j < n; j++)
				if (!strcmp(it[j], "}")) {
					close = j;
					break;
				}
			if (close < 0) {
				warn(R, "unclosed { alternatives }, pattern skipped%s", "");
				V->badsyn = 1;
				return 0;
			}
			while (start <= close && !V->badsyn && !V->full) {
				char alt[512];
				size_t k = 0;
				alt[0] = '\0';
				for (j = start; j < close && strcmp(it[j], "|"); j++)
					k += (size_t)snprintf(alt + k, k < sizeof alt ? sizeof alt - k : 0, "%s ", it[j]);
				if (expand_alt(R, V, alt, it + close + 1, n - close - 1, cur, depth) < 0)
					return -1;
				start = j + 1;
			}
			return 0;
		}
		if (!strcmp(w, "+")) {
			if (cur->star < 0) {
				cur->tgt_before = 1;   /* "+ WAS * DEAD IN $" */
				continue;
			}
			if (cur->n < MAXELEM)
				cur->el[cur->n++] = "+";
			else
				V->over = 1;
			continue;
		}
		{
			char word[256];
			size_t k;
			snprintf(word, sizeof word, "%s", w);
			/* the verb marker glued to a word ("*_OUT" splits, "IN_*" too) */
			while ((k = strlen(word)) > 0 && word[k - 1] == '_')
				word[k - 1] = '\0';
			if (!*word || !strcmp(word, "|") || !strcmp(word, "}"))
				continue;
			if (cur->n < MAXELEM) {
				const char *l = literal_word(R, word);
				if (!l)
					return -1;
				/* a word that must follow the one before it (or the verb):
				** "_" + its lemma */
				if ((adj || cur->pending_adj) && strcmp(word, "*")) {
					char *a = pl_arena_alloc(R->s->pool, strlen(l) + 2);
					if (!a)
						return -1;
					a[0] = '_';
					strcpy(a + 1, l);
					l = a;
				}
				cur->pending_adj = 0;
				cur->el[cur->n++] = l;
			} else {
				V->over = 1;
			}
		}
	}
	/* one complete expansion */
	if (V->nex >= PL_PETRARCH_MAX_EXPAND) {
		V->over = V->full = 1;
		return 0;
	}
	V->ex[V->nex++] = *cur;
	return 0;
}

/* One event code c (upper-cased in place): 1 and *out, -1 when broken (not
** reported), -2 when out of memory. */
static int event_code(rd *R, char *c, const char **out)
{
	upcase(c);
	if (!(*c >= '0' && *c <= '9') || strlen(c) > 6 ||
	    strspn(c, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ") != strlen(c))
		return -1;
	if (!pl_store_cameo(R->s, c)) {
		/* not a CAMEO code: known to the store from now on, so that it can
		** be emitted (PETRARCH codes whatever its dictionaries say) */
		pl_cameo *e = pl_arena_alloc(R->s->pool, sizeof *e);
		if (!e)
			return -2;
		memset(e, 0, sizeof *e);
		e->code = intern(R, c);
		e->name = "not a CAMEO code (from a PETRARCH dictionary)";
		e->pcat = e->pmode = e->pctx = "";
		if (!e->code || pl_hash_put(&R->s->cameo, e->code, strlen(e->code), e, NULL) < 0)
			return -2;
		R->extracodes++;
	}
	*out = pl_store_cameo(R->s, c)->code;
	return 1;
}

/* A code in brackets: 1 and *out for a code, 0 for a null code ([---]),
** -1 when broken (reported), -2 when out of memory.  A paired code
** "032:033" sets *rout to its second part, the event from the target to the
** source (NULL when none, null or broken). */
static int verb_code(rd *R, char *in, const char **out, const char **rout)
{
	char *c = pl_trim(in), *colon = strchr(c, ':'), *rc = NULL;
	int r;
	*rout = NULL;
	if (colon) {
		*colon = '\0';
		rc = pl_trim(colon + 1);
	}
	c = pl_trim(c);
	if (null_code(c))
		return 0;
	r = event_code(R, c, out);
	if (r == -1) {
		warn(R, "bad event code \"%s\", skipped", in);
	}
	if (r == 1 && rc && *rc && !null_code(rc) && event_code(R, rc, rout) == -2)
		return -2;
	return r;
}

/* The last [...] of a line: its inside (cut in place), or NULL. */
static char *last_block(char *b)
{
	char *o = strrchr(b, '['), *c;
	if (!o)
		return NULL;
	c = strchr(o, ']');
	if (!c)
		return NULL;
	*c = '\0';
	*o = '\0';
	return o + 1;
}

static int first_pass_synsets(rd *R, vctx *V, char *text)
{
	char *p = text, *line;
	synset *cur = NULL;
	for (R->line = 1; (line = next_line(&p)) != NULL; R->line++) {
		char *b;
		cut_comment(line);
		b = pl_trim(line);
		if (!*b)
			continue;
		if (*b == '&') {
			char name[128];
			snprintf(name, sizeof name, "%s", pl_trim(b + 1));
			while (*name && name[strlen(name) - 1] == '_')
				name[strlen(name) - 1] = '\0';
			upcase(name);
			if (!*name || strchr(name, ' ')) {
				warn(R, "bad synset name \"%s\", skipped", b);
				cur = NULL;
				continue;
			}
			if (pl_hash_get(&V->syn, name, strlen(name))) {
				warn(R, "synset &%s defined twice, second skipped", name);
				cur = NULL;
				continue;
			}
			cur = pl_arena_alloc(R->tmp, sizeof *cur);
			if (!cur)
				return -1;
			memset(cur, 0, sizeof *cur);
			{
				char *k = pl_arena_strndup(R->tmp, name, strlen(name));
				if (!k || pl_hash_put(&V->syn, k, strlen(k), cur, NULL) < 0)
					return -1;
			}
			continue;
		}
		if (*b == '+' && cur) {
			char *m = pl_trim(b + 1);
			if (!*m)
				continue;
			if (pl_arena_grow(R->tmp, (void **)&cur->mem, &cur->cap, (size_t)cur->n + 1,
			                  sizeof *cur->mem) < 0)
				return -1;
			cur->mem[cur->n] = pl_arena_strndup(R->tmp, m, strlen(m));
			if (!cur->mem[cur->n])
				return -1;
			cur->n++;
			continue;
		}
		cur = NULL;
	}
	return 0;
}

/* A verb line: VERB {FORMS} [CODE], +MULTI_WORD, RE_+ADMIT, VERB WORD. */
static int verb_line(rd *R, vctx *V, char *b)
{
	char *code_in, *lb, *it[MAXITEMS], buf[1024];
	const char *code = NULL, *rcode = NULL;
	int n, i, vi = -1;
	verb *v;
	code_in = last_block(b);
	if (code_in) {
		int r = verb_code(R, code_in, &code, &rcode);
		if (r == -2)
			return -1;
		if (r < 0)
			return 0;
		if (r == 0)
			code = "---";
	}
	lb = strchr(b, '{');
	if (lb)
		*lb = '\0';
	b = pl_trim(b);
	if (!V->blockfile) {
		/* TABARI: each verb line is a block of its own */
		V->nv = 0;
		V->inblock = 1;
		V->bcode = code && strcmp(code, "---") ? code : NULL;
		V->brcode = V->bcode ? rcode : NULL;
		code = rcode = NULL;
	}
	if (!V->inblock) {
		warn(R, "verb \"%s\" outside a --- block ---, skipped", b);
		return 0;
	}
	n = split_items(b, buf, sizeof buf, it, MAXITEMS);
	for (i = 0; i < n; i++)
		if (it[i][0] == '+') {
			vi = i;
			it[i]++;
			break;
		}
	if (vi < 0)
		vi = 0;
	if (n == 0 || !*it[vi]) {
		warn(R, "verb line without a verb, skipped%s", "");
		return 0;
	}
	if (V->nv == MAXVERBS) {
		warn(R, "more than 512 verbs in a block, \"%s\" skipped", it[vi]);
		return 0;
	}
	v = &V->v[V->nv];
	memset(v, 0, sizeof *v);
	{
		char low[256];
		const char *l;
		static const int vtags[] = {PL_T_VBD, PL_T_VBZ, PL_T_VBG};
		size_t k;
		snprintf(low, sizeof low, "%s", it[vi]);
		lowcase(low);
		l = low;
		for (k = 0; k < sizeof vtags / sizeof vtags[0] && !strcmp(l, low); k++)
			l = pl_lemma(R->s->lemma, low, vtags[k], R->scratch);
		v->lemma = intern(R, l ? l : low);
		if (!v->lemma)
			return -1;
		if (strcmp(v->lemma, low)) {
			v->form = intern(R, low);
			if (!v->form)
				return -1;
		}
	}
	if (vi + 1 < n) {
		char low[256];
		snprintf(low, sizeof low, "%s", it[vi + 1]);
		lowcase(low);
		v->particle = intern(R, low);
		if (!v->particle)
			return -1;
	}
	if (vi + 2 < n) {
		v->lead = pl_arena_alloc(R->s->pool, (size_t)(n - vi - 2) * sizeof *v->lead);
		if (!v->lead)
			return -1;
		for (i = vi + 2; i < n; i++) {
			v->lead[v->nlead] = literal_word(R, it[i]);
			if (!v->lead[v->nlead])
				return -1;
			v->nlead++;
		}
	}
	if (vi > 0)
		R->preverb++;
	v->code = code;
	V->nv++;
	/* the bare verb: its own code, else the block's */
	{
		const char *c = code ? code : V->bcode, *rc = code ? rcode : V->brcode;
		if (c && strcmp(c, "---")) {
			pl_verbpat vp;
			memset(&vp, 0, sizeof vp);
			vp.verb = v->lemma;
			vp.form = v->form;
			vp.particle = v->particle;
			vp.elem = v->lead;
			vp.nelem = (uint8_t)v->nlead;
			vp.code = c;
			vp.rcode = rc;
			vp.file = R->file;
			vp.line = R->line;
			if (pl_store_add_verbpat(R->s, &vp) < 0)
				return -1;
		}
	}
	return 0;
}

static int pattern_line(rd *R, vctx *V, char *b)
{
	char *code_in, *it[MAXITEMS], *star, buf[1024];
	const char *code = NULL, *rcode = NULL;
	int n, i, j, r, pre = 0, post = 0, compound = 0;
	expn cur;
	R->patterns++;
	code_in = last_block(b);
	if (!code_in) {
		warn(R, "pattern without [code], skipped%s", "");
		return 0;
	}
	if (!V->inblock || V->nv == 0) {
		warn(R, "pattern outside a verb block, skipped%s", "");
		return 0;
	}
	/* [+++] on a pattern ("too complex to code" in TABARI): PETRARCH 2
	** codes such a sentence with the verb's own code, as if the pattern
	** were not there */
	{
		char *c = pl_trim(code_in);
		if (*c && strspn(c, "+") == strlen(c)) {
			R->nullpat++;
			return 0;
		}
	}
	r = verb_code(R, code_in, &code, &rcode);
	if (r == -2)
		return -1;
	if (r < 0)
		return 0;
	if (r == 0) {
		code = "---";
		R->nullpat++;
	}
	b = pl_trim(b + 1);     /* past the '-' */
	star = strchr(b, '*');
	if (!star) {
		warn(R, "pattern without * (the verb), skipped%s", "");
		return 0;
	}
	/* the whole pattern is expanded; the words before the verb (`*`) become
	** a constraint on the words before it in the sentence, `%` among them
	** marks a compound subject; `$`, `^` and a `+` before the verb are
	** dropped */
	{
		char raw[1024], *d = raw;
		size_t k;
		for (k = 0; b[k] && d + 4 < raw + sizeof raw; k++) {
			if (b + k == star) {
				*d++ = ' ';
				*d++ = '*';
				*d++ = ' ';
			} else {
				*d++ = b[k];
			}
		}
		*d = '\0';
		n = split_pattern(raw, buf, sizeof buf, it, MAXITEMS);
	}
	for (i = 0, j = 0; i < n; i++) {
		if (!strcmp(it[i], "*"))
			j = 1;
		else if (!j && !strcmp(it[i], "%"))
			compound = 1;
		else if (!j && strcmp(it[i], "$") && strcmp(it[i], "^") && strcmp(it[i], "+"))
			pre = 1;
		else if (j && strcmp(it[i], "$") && strcmp(it[i], "^") && strcmp(it[i], "%"))
			post = 1;
	}
	if (!post && !pre && !compound)
		return 0;    /* nothing but the verb: the bare verb's job */
	V->nex = 0;
	V->over = 0;
	V->full = 0;
	V->steps = 0;
	V->badsyn = 0;
	cur.n = 0;
	cur.star = -1;
	cur.tgt_before = 0;
	cur.star_adj = 0;
	cur.pending_adj = 0;
	if (expand_items(R, V, it, n, &cur, 0) < 0)
		return -1;
	if (V->badsyn)
		return 0;
	if (V->over)
		R->truncated++;
	if (V->full) {
		char msg[120];
		snprintf(msg, sizeof msg, "pattern expands to more than %d forms; first %d kept",
		         PL_PETRARCH_MAX_EXPAND, PL_PETRARCH_MAX_EXPAND);
		pl_store_warn(R->s, R->file, R->line, msg);
	}
	R->expanded += V->nex;
	for (j = 0; j < V->nex; j++) {
		const expn *e = &V->ex[j];
		const char **el0 = NULL, **prev = NULL;
		int star_at = e->star < 0 ? 0 : e->star, npost = e->n - star_at;
		if (npost == 0 && star_at == 0 && !compound)
			continue;
		if (star_at > 0) {
			prev = pl_arena_alloc(R->s->pool, (size_t)star_at * sizeof *prev);
			if (!prev)
				return -1;
			memcpy(prev, e->el, (size_t)star_at * sizeof *prev);
		}
		for (i = 0; i < V->nv; i++) {
			const verb *v = &V->v[i];
			const char **el;
			int k, ne = v->nlead + npost;
			if (ne > MAXELEM)
				continue;
			if (npost == 0) {
				el = v->lead;
			} else if (v->nlead == 0 && el0) {
				el = el0;
			} else {
				el = pl_arena_alloc(R->s->pool, (size_t)ne * sizeof *el);
				if (!el)
					return -1;
				for (k = 0; k < v->nlead; k++)
					el[k] = v->lead[k];
				for (k = 0; k < npost; k++)
					el[v->nlead + k] = e->el[star_at + k];
				if (v->nlead == 0)
					el0 = el;
			}
			{
				pl_verbpat vp;
				memset(&vp, 0, sizeof vp);
				vp.verb = v->lemma;
				vp.form = v->form;
			vp.form = v->form;
				vp.particle = v->particle;
				vp.elem = el;
				vp.nelem = (uint8_t)ne;
				vp.code = code;
				vp.rcode = rcode;
				vp.prev = prev;
				vp.nprev = (uint8_t)star_at;
				vp.compound = (uint8_t)compound;
				vp.tgt_before = (uint8_t)e->tgt_before;
				vp.prev_adj = (uint8_t)(star_at > 0 && e->star_adj);
				vp.literal = 1;
				vp.file = R->file;
				vp.line = R->line;
				if (pl_store_add_verbpat(R->s, &vp) < 0)
					return -1;
			}
		}
	}
	return 0;
}

static int load_verbs(rd *R, char *text)
{
	vctx *V = calloc(1, sizeof *V);
	char *copy, *p, *line;
	int insyn = 0, skipping = 0, rc = -1;
	if (!V)
		return -1;
	V->ex = calloc(PL_PETRARCH_MAX_EXPAND, sizeof *V->ex);
	copy = strdup(text);
	if (!V->ex || !copy)
		goto done;
	if (first_pass_synsets(R, V, copy) < 0)
		goto done;
	p = text;
	V->blockfile = strstr(text, "\n---") != NULL || !strncmp(text, "---", 3);
	for (R->line = 1; (line = next_line(&p)) != NULL; R->line++) {
		char *b;
		cut_comment(line);
		b = pl_trim(line);
		pl_arena_reset(R->scratch);
		if (*b == '<') {
			/* TABARI sections: only verbs and synsets are read */
			if (!strncmp(b, "<TIME>", 6) || !strncmp(b, "<NOUN>", 6) ||
			    !strncmp(b, "<ADJECTIVE>", 11))
				skipping = 1;
			else if (!strncmp(b, "</", 2))
				skipping = 0;
			continue;
		}
		if (!*b || skipping)
			continue;    /* blank and comment lines do not end a synset */
		if (*b == '&') {
			insyn = 1;
			continue;
		}
		if (*b == '+' && insyn)
			continue;
		insyn = 0;
		if (!strncmp(b, "---", 3)) {
			char *code_in = last_block(b);
			const char *code = NULL;
			V->nv = 0;
			V->inblock = 1;
			V->bcode = V->brcode = NULL;
			if (!code_in) {
				warn(R, "block header \"%s\" without [code]; its verbs code nothing "
				     "but their patterns", b);
				continue;
			}
			{
				const char *rcode = NULL;
				int r = verb_code(R, code_in, &code, &rcode);
				if (r == -2)
					goto done;
				V->bcode = r == 1 ? code : NULL;
				V->brcode = r == 1 ? rcode : NULL;
			}
			continue;
		}
		if (*b == '-') {
			if (pattern_line(R, V, b) < 0)
				goto done;
			continue;
		}
		if (verb_line(R, V, b) < 0)
			goto done;
	}
	rc = 0;
done:
	pl_hash_free(&V->syn);
	free(V->ex);
	free(V);
	free(copy);
	return rc;
}

/* ---- driver ------------------------------------------------------------ */

int pl_petrarch_load(pl_store *s, const char *const *files, char *err, size_t errlen)
{
	rd R;
	int i, rc = 0;
	long before;
	memset(&R, 0, sizeof R);
	R.s = s;
	R.scratch = pl_arena_new(0);
	R.tmp = pl_arena_new(0);
	if (!R.scratch || !R.tmp) {
		snprintf(err, errlen, "out of memory");
		rc = -1;
		goto out;
	}
	for (i = 0; files && files[i]; i++) {
		const char *path = files[i], *base = strrchr(path, '/');
		char label[300], *text;
		size_t n;
		int kind;
		text = pl_read_text(path, &n, 0, "PETRARCH dictionary", err, errlen);
		if (!text) {
			rc = -1;
			goto out;
		}
		snprintf(label, sizeof label, "petrarch/%s", base ? base + 1 : path);
		R.file = intern(&R, label);
		R.line = 0;
		if (!R.file) {
			free(text);
			snprintf(err, errlen, "out of memory");
			rc = -1;
			goto out;
		}
		R.files++;
		kind = pl_petrarch_kind(path, text);
		before = R.patterns + s->n_verbs;
		switch (kind) {
		case PL_PK_ACTORS: rc = load_actors(&R, text); break;
		case PL_PK_AGENTS: rc = load_agents(&R, text); break;
		case PL_PK_VERBS: rc = load_verbs(&R, text); break;
		case PL_PK_DISCARDS: rc = load_discards(&R, text); break;
		case PL_PK_ISSUES: rc = load_issues(&R, text); break;
		default:
			free(text);
			snprintf(err, errlen, "%s: cannot tell what this file holds (actors, agents, "
			         "verbs, discards or issues): not a PETRARCH dictionary, or damaged", path);
			rc = -1;
			goto out;
		}
		free(text);
		pl_arena_reset(R.tmp);
		if (rc < 0) {
			snprintf(err, errlen, "%s:%u: out of memory", R.file, (unsigned)R.line);
			goto out;
		}
		if (kind == PL_PK_VERBS && R.patterns + s->n_verbs == before) {
			snprintf(err, errlen, "%s: no verbs or patterns in this verbs file: damaged?", path);
			rc = -1;
			goto out;
		}
	}
	{
		char buf[512];
		snprintf(buf, sizeof buf,
		         "discards %ld\nissue_phrases %ld\npetrarch_files %ld\npetrarch_pattern_lines %ld\n"
		         "petrarch_patterns_expanded %ld\npetrarch_preverb_dropped %ld\n"
		         "petrarch_expansions_capped %ld\npetrarch_null_patterns %ld\n"
		         "petrarch_extra_codes %ld\npetrarch_compound_codes %ld\n",
		         s->n_discards, s->n_issues, R.files, R.patterns, R.expanded, R.preverb, R.truncated,
		         R.nullpat, R.extracodes, R.compound);
		s->xstats = pl_arena_strndup(s->pool, buf, strlen(buf));
	}
out:
	pl_arena_free(R.scratch);
	pl_arena_free(R.tmp);
	return rc;
}
