/*
** validate.c: `parley validate FILE.xml`.  Reads PETRARCH validation records
** with a small hand-written reader for their format:
**
**   <Environment> <Verbfile>F</Verbfile> <Actorfile>F</Actorfile> ...
**   <Sentence date="YYYYMMDD" id="ID" ...>
**     <EventCoding sourcecode="S" targetcode="T" eventcode="C"></EventCoding>
**       (or noevents="True", or error="storydiscard" and the like)
**     <Text> ... </Text> <Parse> ... </Parse>
**   </Sentence>
**
** (attributes in single or double quotes, spaces around '='; <!-- -->
** comments anywhere), codes each text through the public API and compares
** (source, target, event code) triples.  Counting: every <EventCoding> is one
** expected coding; a noevents or error coding is matched when the record
** yields no event.  An event that matches no expected coding of its record
** is unexpected.  A role with no country ("GOV") matches PETRARCH's "---GOV".
*/
#include "validate.h"

#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#define MAXEXP 32
#define MAXGOT 64
#define MAXFILES 16

typedef struct triple {
	char src[64], tgt[64], code[16];
} triple;

/* ---- the reader ---------------------------------------------------------- */

static char *slurp(const char *path)
{
	FILE *f = fopen(path, "rb");
	char *p = NULL;
	long n;
	if (!f)
		return NULL;
	if (fseek(f, 0, SEEK_END) == 0 && (n = ftell(f)) >= 0 && fseek(f, 0, SEEK_SET) == 0 &&
	    (p = malloc((size_t)n + 1)) != NULL) {
		if (fread(p, 1, (size_t)n, f) != (size_t)n) {
			free(p);
			p = NULL;
		} else {
			p[n] = '\0';
		}
	}
	fclose(f);
	return p;
}

/* Blanks out <!-- ... --> comments (keeping newlines). */
static void blank_comments(char *s)
{
	char *p = s;
	while ((p = strstr(p, "<!--")) != NULL) {
		char *e = strstr(p + 4, "-->");
		char *end = e ? e + 3 : p + strlen(p);
		for (; p < end; p++)
			if (*p != '\n')
				*p = ' ';
	}
}

/* Value of attribute `name` in the tag text [tag, end), into out. */
static int attr(const char *tag, const char *end, const char *name, char *out, size_t n)
{
	size_t nl = strlen(name);
	const char *p = tag;
	out[0] = '\0';
	while (p < end) {
		const char *q;
		char quote;
		size_t k;
		p = strstr(p, name);
		if (!p || p >= end)
			return 0;
		q = p + nl;
		if ((p > tag && p[-1] != ' ' && p[-1] != '\t' && p[-1] != '\n') ) {
			p = q;
			continue;
		}
		while (*q == ' ' || *q == '\t')
			q++;
		if (*q != '=') {
			p = q;
			continue;
		}
		q++;
		while (*q == ' ' || *q == '\t')
			q++;
		if (*q != '"' && *q != '\'')
			return 0;
		quote = *q++;
		for (k = 0; q < end && *q != quote && k + 1 < n; q++)
			out[k++] = *q;
		out[k] = '\0';
		return 1;
	}
	return 0;
}

/* The text between <name> and </name> inside [p, end), or NULL. */
static char *element(const char *p, const char *end, const char *name, const char **after)
{
	char open[64], close[64];
	const char *a, *b;
	char *r;
	snprintf(open, sizeof open, "<%s>", name);
	snprintf(close, sizeof close, "</%s>", name);
	a = strstr(p, open);
	if (!a || a >= end)
		return NULL;
	a += strlen(open);
	b = strstr(a, close);
	if (!b || b > end)
		return NULL;
	r = malloc((size_t)(b - a) + 1);
	if (!r)
		return NULL;
	memcpy(r, a, (size_t)(b - a));
	r[b - a] = '\0';
	if (after)
		*after = b + strlen(close);
	return r;
}

/* XML entities and line breaks of a <Text>, in place. */
static void clean_text(char *s)
{
	static const struct { const char *e; char c; } ent[] = {
		{"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&apos;", '\''},
	};
	char *r = s, *w = s;
	while (*r) {
		size_t i;
		int done = 0;
		for (i = 0; i < sizeof ent / sizeof ent[0]; i++) {
			size_t n = strlen(ent[i].e);
			if (!strncmp(r, ent[i].e, n)) {
				*w++ = ent[i].c;
				r += n;
				done = 1;
				break;
			}
		}
		if (done)
			continue;
		/* PETRARCH's records join the words of a name with "_" as its
		** dictionaries do ("Dol_Amroth") */
		if (*r == '_' && w > s && isalpha((unsigned char)w[-1]) && isalpha((unsigned char)r[1])) {
			*w++ = ' ';
			r++;
			continue;
		}
		if (*r == '\n' || *r == '\r' || *r == '\t') {
			if (w > s && w[-1] != ' ')
				*w++ = ' ';
			r++;
			continue;
		}
		*w++ = *r++;
	}
	while (w > s && w[-1] == ' ')
		w--;
	*w = '\0';
	r = s;
	while (*r == ' ')
		r++;
	memmove(s, r, strlen(r) + 1);
}

static void trim_copy(char *dst, size_t n, const char *src)
{
	size_t k;
	while (*src == ' ' || *src == '\t' || *src == '\n' || *src == '\r')
		src++;
	snprintf(dst, n, "%s", src);
	k = strlen(dst);
	while (k > 0 && (dst[k - 1] == ' ' || dst[k - 1] == '\t' || dst[k - 1] == '\n' || dst[k - 1] == '\r'))
		dst[--k] = '\0';
}

/* The dictionaries named in <Environment>, as paths: ../dictionaries/NAME
** from the file's folder when it exists there, else NAME next to the file. */
static int env_files(const char *xml, const char *text, char paths[][2048], int max)
{
	static const char *const tags[] = {"Verbfile", "Actorfile", "Agentfile", "Discardfile"};
	const char *env = strstr(text, "<Environment>"), *end;
	char dir[1024];
	const char *slash = strrchr(xml, '/');
	size_t t;
	int n = 0;
	if (!env)
		return 0;
	end = strstr(env, "</Environment>");
	if (!end)
		return 0;
	if (slash)
		snprintf(dir, sizeof dir, "%.*s", (int)(slash - xml), xml);
	else
		snprintf(dir, sizeof dir, ".");
	for (t = 0; t < sizeof tags / sizeof tags[0]; t++) {
		const char *p = env;
		char *v;
		while ((v = element(p, end, tags[t], &p)) != NULL) {
			char *tok, *save = NULL;
			/* PETRARCH allows several files, separated by commas */
			for (tok = strtok_r(v, ",", &save); tok && n < max; tok = strtok_r(NULL, ",", &save)) {
				char name[512];
				FILE *f;
				trim_copy(name, sizeof name, tok);
				if (!*name)
					continue;
				snprintf(paths[n], 2048, "%s/../dictionaries/%s", dir, name);
				f = fopen(paths[n], "rb");
				if (f)
					fclose(f);
				else
					snprintf(paths[n], 2048, "%s/%s", dir, name);
				n++;
			}
			free(v);
		}
	}
	return n;
}

/* ---- comparing ----------------------------------------------------------- */

static void json_code(json_t *rec, const char *key, char *out, size_t n)
{
	json_t *o = json_object_get(rec, key), *c;
	out[0] = '\0';
	if (json_is_object(o) && json_is_string(c = json_object_get(o, "code")))
		snprintf(out, n, "%s", json_string_value(c));
	else if (json_is_string(o))
		snprintf(out, n, "%s", json_string_value(o));
}

/* Events of parley's output as triples, without repeats. */
static int got_triples(const char *out, size_t len, triple *g, int max)
{
	int n = 0;
	const char *p = out, *end = out + len;
	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		size_t k = nl ? (size_t)(nl - p) : (size_t)(end - p);
		json_error_t je;
		json_t *rec = json_loadb(p, k, 0, &je);
		p += k + 1;
		if (!rec)
			continue;
		if (json_is_string(json_object_get(rec, "type")) &&
		    !strcmp(json_string_value(json_object_get(rec, "type")), "event") && n < max) {
			triple t;
			int i, dup = 0;
			memset(&t, 0, sizeof t);
			json_code(rec, "source", t.src, sizeof t.src);
			json_code(rec, "target", t.tgt, sizeof t.tgt);
			json_code(rec, "code", t.code, sizeof t.code);
			for (i = 0; i < n; i++)
				if (!strcmp(g[i].src, t.src) && !strcmp(g[i].tgt, t.tgt) && !strcmp(g[i].code, t.code))
					dup = 1;
			if (!dup)
				g[n++] = t;
		}
		json_decref(rec);
	}
	return n;
}

/* PETRARCH writes a role with no country as "---GOV" and no actor as "---";
** parley writes "GOV" and no actor at all. */
static int same_actor(const char *want, const char *got)
{
	if (!strcmp(want, got))
		return 1;
	if (!strcmp(want, "---") && !*got)
		return 1;
	return !strncmp(want, "---", 3) && !strcmp(want + 3, got) && *got;
}

static int same(const triple *want, const triple *got)
{
	return same_actor(want->src, got->src) && same_actor(want->tgt, got->tgt) &&
	       !strcmp(want->code, got->code);
}

static void put_triple(FILE *f, const triple *t)
{
	fprintf(f, "%s %s %s", *t->src ? t->src : "-", *t->tgt ? t->tgt : "-", t->code);
}

int parley_validate(const char *xml, const parley_options *base, FILE *out, FILE *err)
{
	char *text = slurp(xml), *errmsg = NULL;
	char paths[MAXFILES][2048];
	const char *files[MAXFILES + 1];
	parley_options po = *base;
	parley_store *s;
	parley_coder *c;
	const char *p;
	long expected = 0, matched = 0, unexpected = 0, records = 0;
	int i, nf;
	if (!text) {
		fprintf(err, "parley: %s: %s\n", xml, strerror(errno));
		return 2;
	}
	blank_comments(text);
	if (!base->dict_files) {
		nf = env_files(xml, text, paths, MAXFILES);
		if (nf == 0) {
			fprintf(err, "parley: %s: no dictionaries in <Environment> and no --dict-file\n", xml);
			free(text);
			return 3;
		}
		for (i = 0; i < nf; i++)
			files[i] = paths[i];
		files[nf] = NULL;
		po.dict_files = files;
	}
	po.dict_format = "petrarch";
	s = parley_store_open(&po, &errmsg);
	if (!s) {
		fprintf(err, "parley: cannot load dictionaries: %s\n", errmsg ? errmsg : "?");
		free(errmsg);
		free(text);
		return 3;
	}
	c = parley_coder_new(s);
	if (!c) {
		fprintf(err, "parley: out of memory\n");
		parley_store_close(s);
		free(text);
		return 3;
	}
	p = text;
	for (;;) {
		const char *tag = strstr(p, "<Sentence"), *tagend, *end, *q;
		char id[128], date[32], day[16], *body;
		triple want[MAXEXP], got[MAXGOT];
		int nw = 0, ng, none = 0, w, g, ok = 0, used[MAXGOT];
		parley_doc d;
		size_t len;
		const char *res;
		if (!tag)
			break;
		if (tag[9] != ' ' && tag[9] != '\t' && tag[9] != '\n' && tag[9] != '>') {
			p = tag + 9;    /* <Sentences> */
			continue;
		}
		tagend = strchr(tag, '>');
		end = tagend ? strstr(tagend, "</Sentence>") : NULL;
		if (!end)
			break;
		p = end + 11;
		records++;
		attr(tag, tagend, "id", id, sizeof id);
		attr(tag, tagend, "date", date, sizeof date);
		if (strlen(date) == 8)
			snprintf(day, sizeof day, "%.4s-%.2s-%.2s", date, date + 4, date + 6);
		else
			day[0] = '\0';
		for (q = tagend; (q = strstr(q, "<EventCoding")) != NULL && q < end; q++) {
			const char *qe = strchr(q, '>');
			char v[64];
			if (!qe || qe > end)
				break;
			if (attr(q, qe, "noevents", v, sizeof v) || attr(q, qe, "error", v, sizeof v)) {
				none++;
				continue;
			}
			if (nw == MAXEXP)
				continue;
			memset(&want[nw], 0, sizeof want[nw]);
			attr(q, qe, "sourcecode", want[nw].src, sizeof want[nw].src);
			attr(q, qe, "targetcode", want[nw].tgt, sizeof want[nw].tgt);
			attr(q, qe, "eventcode", want[nw].code, sizeof want[nw].code);
			nw++;
		}
		body = element(tagend, end, "Text", NULL);
		if (!body)
			continue;
		clean_text(body);
		memset(&d, 0, sizeof d);
		memset(&d, 0, sizeof d);
		d.id = id;
		d.date = day[0] ? day : NULL;
		d.text = body;
		d.text_len = strlen(body);
		res = parley_code_doc(c, &d, 0, &len);
		ng = res ? got_triples(res, len, got, MAXGOT) : 0;
		free(body);
		expected += nw + none;
		memset(used, 0, sizeof used);
		for (w = 0; w < nw; w++)
			for (g = 0; g < ng; g++)
				if (same(&want[w], &got[g])) {
					ok++;
					used[g] = 1;
					break;
				}
		if (none && ng == 0)
			ok += none;
		for (g = 0; g < ng; g++)
			if (!used[g])
				unexpected++;
		matched += ok;
		if (ok < nw + none || (none && ng)) {
			fprintf(out, "%s: expected ", id);
			for (w = 0; w < nw; w++) {
				if (w)
					fputs(", ", out);
				put_triple(out, &want[w]);
			}
			if (none)
				fprintf(out, "%sno event", nw ? ", " : "");
			fputs(", got ", out);
			for (g = 0; g < ng; g++) {
				if (g)
					fputs(", ", out);
				put_triple(out, &got[g]);
			}
			if (!ng)
				fputs("nothing", out);
			fputc('\n', out);
		}
	}
	fprintf(out, "validation: %ld/%ld expected codings matched (%.1f%%), %ld unexpected codings\n",
	        matched, expected, expected ? 100.0 * (double)matched / (double)expected : 0.0,
	        unexpected);
	(void)records;
	parley_coder_free(c);
	parley_store_close(s);
	free(text);
	return 0;
}
