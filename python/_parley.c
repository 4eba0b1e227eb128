/*
** _parley.c: the CPython extension under `import parley`.  A Store owns a
** parley_store (read-only once open, shared by threads); a Worker owns a
** parley_coder over a Store and codes one article at a time, with the GIL
** released while the library works.  Records come back as plain dicts.
** The Python side (parley/__init__.py) finds the folders, runs code_many's
** threads and builds DataFrames.
*/
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <pythread.h>

#include <stdlib.h>
#include <string.h>

#include "parley.h"

/* parley.Error: the library's errors, with its message. */
static PyObject *ParleyError;

/* ---------------------------------------------------------------- Store */

typedef struct {
	PyObject_HEAD
	parley_store *s;
	PyObject *warnings;   /* list of "file:line: message" found while loading */
} StoreObject;

/* Messages from the loader, kept while the GIL is released. */
typedef struct warnbuf {
	char **msg;
	size_t n, cap;
	int oom;
} warnbuf;

static void warn_keep(void *ud, const char *msg)
{
	warnbuf *w = ud;
	char *copy;
	if (w->oom)
		return;
	if (w->n == w->cap) {
		size_t nc = w->cap ? w->cap * 2 : 16;
		char **np = realloc(w->msg, nc * sizeof *np);
		if (!np) {
			w->oom = 1;
			return;
		}
		w->msg = np;
		w->cap = nc;
	}
	copy = strdup(msg);
	if (!copy) {
		w->oom = 1;
		return;
	}
	w->msg[w->n++] = copy;
}

static void warn_free(warnbuf *w)
{
	size_t i;
	for (i = 0; i < w->n; i++)
		free(w->msg[i]);
	free(w->msg);
}

/* A path argument: None, str or os.PathLike; *out is a new bytes object or
** NULL for None. */
static int path_arg(PyObject *o, PyObject **out, const char *what)
{
	*out = NULL;
	if (o == Py_None)
		return 0;
	if (!PyUnicode_FSConverter(o, out)) {
		PyErr_Format(PyExc_TypeError, "%s must be a path or None", what);
		return -1;
	}
	return 0;
}

static void Store_dealloc(StoreObject *self)
{
	parley_store_close(self->s);
	Py_XDECREF(self->warnings);
	Py_TYPE(self)->tp_free((PyObject *)self);
}

static int Store_init(StoreObject *self, PyObject *args, PyObject *kw)
{
	static char *kwlist[] = {"dict_dir", "data_dir", "dict_format", "dict_files", NULL};
	PyObject *dict_o = Py_None, *data_o = Py_None, *format_o = Py_None, *files_o = Py_None;
	PyObject *dict_b = NULL, *data_b = NULL, *format_b = NULL, *files_seq = NULL;
	PyObject **files_b = NULL;
	const char **files = NULL;
	Py_ssize_t nfiles = 0, i;
	parley_options po;
	warnbuf wb;
	char *err = NULL;
	int rc = -1;

	if (self->s) {
		PyErr_SetString(PyExc_RuntimeError, "Store is already open");
		return -1;
	}
	if (!PyArg_ParseTupleAndKeywords(args, kw, "|OOOO:Store", kwlist,
	                                 &dict_o, &data_o, &format_o, &files_o))
		return -1;
	memset(&wb, 0, sizeof wb);
	if (path_arg(dict_o, &dict_b, "dict_dir") < 0 || path_arg(data_o, &data_b, "data_dir") < 0)
		goto done;
	if (format_o != Py_None) {
		if (!PyUnicode_Check(format_o)) {
			PyErr_SetString(PyExc_TypeError, "dict_format must be 'parley', 'petrarch' or None");
			goto done;
		}
		format_b = PyUnicode_AsUTF8String(format_o);
		if (!format_b)
			goto done;
		if (strcmp(PyBytes_AS_STRING(format_b), "parley") != 0 &&
		    strcmp(PyBytes_AS_STRING(format_b), "petrarch") != 0) {
			PyErr_Format(PyExc_ValueError, "dict_format must be 'parley' or 'petrarch', not %R", format_o);
			goto done;
		}
	}
	if (files_o != Py_None) {
		if (PyUnicode_Check(files_o) || PyBytes_Check(files_o)) {
			PyErr_SetString(PyExc_TypeError, "dict_files must be a list of paths, not one path");
			goto done;
		}
		files_seq = PySequence_Fast(files_o, "dict_files must be a list of paths");
		if (!files_seq)
			goto done;
		nfiles = PySequence_Fast_GET_SIZE(files_seq);
		files_b = PyMem_Calloc((size_t)nfiles + 1, sizeof *files_b);
		files = PyMem_Calloc((size_t)nfiles + 1, sizeof *files);
		if (!files_b || !files) {
			PyErr_NoMemory();
			goto done;
		}
		for (i = 0; i < nfiles; i++) {
			if (path_arg(PySequence_Fast_GET_ITEM(files_seq, i), &files_b[i], "each of dict_files") < 0)
				goto done;
			if (!files_b[i]) {
				PyErr_SetString(PyExc_TypeError, "dict_files holds None");
				goto done;
			}
			files[i] = PyBytes_AS_STRING(files_b[i]);
		}
	}
	memset(&po, 0, sizeof po);
	po.dict_dir = dict_b ? PyBytes_AS_STRING(dict_b) : NULL;
	po.data_dir = data_b ? PyBytes_AS_STRING(data_b) : NULL;
	po.dict_format = format_b ? PyBytes_AS_STRING(format_b) : nfiles ? "petrarch" : NULL;
	po.dict_files = nfiles ? files : NULL;
	po.warn = warn_keep;
	po.warn_ud = &wb;
	Py_BEGIN_ALLOW_THREADS
	self->s = parley_store_open(&po, &err);
	Py_END_ALLOW_THREADS
	if (!self->s) {
		PyErr_SetString(ParleyError, err ? err : "cannot load dictionaries");
		free(err);
		goto done;
	}
	Py_XDECREF(self->warnings);
	self->warnings = PyList_New(0);
	if (!self->warnings)
		goto done;
	for (i = 0; i < (Py_ssize_t)wb.n; i++) {
		PyObject *m = PyUnicode_DecodeUTF8(wb.msg[i], (Py_ssize_t)strlen(wb.msg[i]), "replace");
		if (!m || PyList_Append(self->warnings, m) < 0) {
			Py_XDECREF(m);
			goto done;
		}
		Py_DECREF(m);
	}
	if (wb.oom) {
		PyErr_NoMemory();
		goto done;
	}
	rc = 0;
done:
	warn_free(&wb);
	for (i = 0; files_b && i < nfiles; i++)
		Py_XDECREF(files_b[i]);
	PyMem_Free(files_b);
	PyMem_Free(files);
	Py_XDECREF(files_seq);
	Py_XDECREF(dict_b);
	Py_XDECREF(data_b);
	Py_XDECREF(format_b);
	return rc;
}

static PyObject *Store_stats(StoreObject *self, PyObject *unused)
{
	(void)unused;
	if (!self->s) {
		PyErr_SetString(ParleyError, "store is not open");
		return NULL;
	}
	return PyUnicode_FromString(parley_store_stats(self->s));
}

static PyObject *Store_get_warnings(StoreObject *self, void *closure)
{
	(void)closure;
	if (!self->warnings)
		return PyList_New(0);
	Py_INCREF(self->warnings);
	return self->warnings;
}

static PyMethodDef Store_methods[] = {
	{"stats", (PyCFunction)Store_stats, METH_NOARGS,
	 "stats() -> str: entries loaded by kind, one 'name count' line each"},
	{NULL, NULL, 0, NULL}
};

static PyGetSetDef Store_getset[] = {
	{"warnings", (getter)Store_get_warnings, NULL,
	 "problems found while loading ('file:line: message'); those lines were skipped", NULL},
	{NULL, NULL, NULL, NULL, NULL}
};

static PyTypeObject StoreType = {
	PyVarObject_HEAD_INIT(NULL, 0)
	.tp_name = "parley._parley.Store",
	.tp_basicsize = sizeof(StoreObject),
	.tp_dealloc = (destructor)Store_dealloc,
	.tp_flags = Py_TPFLAGS_DEFAULT,
	.tp_doc = "Store(dict_dir, data_dir, dict_format=None, dict_files=None): dictionaries,\n"
	          "models and tables, loaded once and shared read-only by Workers.",
	.tp_methods = Store_methods,
	.tp_getset = Store_getset,
	.tp_init = (initproc)Store_init,
	.tp_new = PyType_GenericNew,
};

/* --------------------------------------------------------------- Worker */

typedef struct {
	PyObject_HEAD
	parley_coder *c;
	StoreObject *store;          /* kept alive as long as the coder */
	PyThread_type_lock lock;     /* one call at a time on the coder */
} WorkerObject;

static void Worker_dealloc(WorkerObject *self)
{
	parley_coder_free(self->c);
	Py_XDECREF(self->store);
	if (self->lock)
		PyThread_free_lock(self->lock);
	Py_TYPE(self)->tp_free((PyObject *)self);
}

static int Worker_init(WorkerObject *self, PyObject *args, PyObject *kw)
{
	static char *kwlist[] = {"store", NULL};
	StoreObject *st;
	if (self->c) {
		PyErr_SetString(PyExc_RuntimeError, "Worker is already made");
		return -1;
	}
	if (!PyArg_ParseTupleAndKeywords(args, kw, "O!:Worker", kwlist, &StoreType, &st))
		return -1;
	if (!st->s) {
		PyErr_SetString(ParleyError, "store is not open");
		return -1;
	}
	self->lock = PyThread_allocate_lock();
	if (!self->lock) {
		PyErr_NoMemory();
		return -1;
	}
	self->c = parley_coder_new(st->s);
	if (!self->c) {
		PyErr_NoMemory();
		return -1;
	}
	Py_INCREF(st);
	self->store = st;
	return 0;
}

/* Takes the coder's lock, waiting without the GIL when another thread has it. */
static void worker_lock(WorkerObject *self)
{
	if (!PyThread_acquire_lock(self->lock, NOWAIT_LOCK)) {
		Py_BEGIN_ALLOW_THREADS
		PyThread_acquire_lock(self->lock, WAIT_LOCK);
		Py_END_ALLOW_THREADS
	}
}

/* Text of an article: str (UTF-8; lone surrogates pass through as the bytes
** they would be, so that the library reports them as bad text) or bytes.
** *keep holds a new reference that owns the bytes. */
static int text_arg(PyObject *o, const char **p, Py_ssize_t *n, PyObject **keep, const char *what)
{
	*keep = NULL;
	if (PyUnicode_Check(o)) {
		*p = PyUnicode_AsUTF8AndSize(o, n);
		if (*p)
			return 0;
		if (!PyErr_ExceptionMatches(PyExc_UnicodeEncodeError))
			return -1;
		PyErr_Clear();
		*keep = PyUnicode_AsEncodedString(o, "utf-8", "surrogatepass");
		if (!*keep)
			return -1;
	} else if (PyBytes_Check(o)) {
		Py_INCREF(o);
		*keep = o;
	} else if (PyByteArray_Check(o)) {
		*keep = PyBytes_FromStringAndSize(PyByteArray_AS_STRING(o), PyByteArray_GET_SIZE(o));
		if (!*keep)
			return -1;
	} else {
		PyErr_Format(PyExc_TypeError, "%s must be str or bytes, not %.100s", what, Py_TYPE(o)->tp_name);
		return -1;
	}
	*p = PyBytes_AS_STRING(*keep);
	*n = PyBytes_GET_SIZE(*keep);
	return 0;
}

/* An optional string argument (id, date): None, str, or for id an int.
** *keep owns the UTF-8 bytes. */
static int opt_str_arg(PyObject *o, const char **p, PyObject **keep, const char *what, int allow_int)
{
	*p = NULL;
	*keep = NULL;
	if (o == Py_None)
		return 0;
	if (allow_int && PyLong_Check(o) && !PyBool_Check(o)) {
		*keep = PyObject_Str(o);
		if (!*keep)
			return -1;
		o = *keep;
	} else if (!PyUnicode_Check(o)) {
		PyErr_Format(PyExc_TypeError, "%s must be str or None, not %.100s", what, Py_TYPE(o)->tp_name);
		return -1;
	}
	{
		Py_ssize_t n;
		*p = PyUnicode_AsUTF8AndSize(o, &n);
		if (!*p || (size_t)n != strlen(*p)) {
			Py_CLEAR(*keep);
			if (*p)
				PyErr_Format(PyExc_ValueError, "%s holds a NUL character", what);
			*p = NULL;
			return -1;
		}
	}
	if (*keep == NULL) {
		Py_INCREF(o);
		*keep = o;
	}
	return 0;
}

/* ------------------------------------------- records (parley.h) as dicts */

/* Keys, made once: the field names of SCHEMA.md, in the order the JSON
** Lines writer puts them. */
#define KEYS(X) X(type) X(doc) X(line) X(message) X(sent) X(date) X(date_precision) \
	X(source) X(target) X(code) X(root) X(quad) X(goldstein) X(plover) X(category) X(mode) \
	X(context) X(verb) X(text) X(lemma) X(span) X(dict) X(nominal) X(negated) X(passive) \
	X(intent) X(location) X(quotes) X(issues) X(phrase) X(mood) X(background) X(confidence) \
	X(sentence_span) X(name) X(country) X(lat) X(lon) X(resolved_from_pronoun) X(how) X(file) X(id) \
	X(direct) X(partial) X(speaker) X(cue) X(content) X(count) X(low) X(high) X(what) X(of) \
	X(qualifier) X(reported_by) X(event) X(quote) X(figure) X(error)
#define KEY_DECL(k) static PyObject *K_##k;
KEYS(KEY_DECL)
#define KEY_MAKE(k) if (!(K_##k = PyUnicode_InternFromString(#k))) return -1;
static int make_keys(void)
{
	KEYS(KEY_MAKE)
	return 0;
}

/* Templates: a dict of each kind with all its keys (values None), in the
** order of the JSON record.  A record's dict is a copy of its template
** (one block copy, no growing) whose values are then replaced; optional
** fields that are absent are deleted, as the JSON writer leaves them out. */
static PyObject *T_event, *T_quote, *T_figure, *T_error, *T_actor, *T_word, *T_verb, *T_place,
	*T_place_ev, *T_text_span, *T_plover, *T_issue;

static PyObject *template_of(PyObject *const *keys[])
{
	PyObject *d = PyDict_New();
	size_t i;
	if (!d)
		return NULL;
	for (i = 0; keys[i]; i++)
		if (PyDict_SetItem(d, *keys[i], Py_None) < 0) {
			Py_DECREF(d);
			return NULL;
		}
	return d;
}

static int make_templates(void)
{
	static PyObject *const *event[] = {&K_type, &K_doc, &K_sent, &K_date, &K_date_precision,
		&K_source, &K_target, &K_code, &K_root, &K_quad, &K_goldstein, &K_plover, &K_verb,
		&K_nominal, &K_negated, &K_passive, &K_intent, &K_location, &K_quotes, &K_issues,
		&K_mood, &K_background, &K_confidence, &K_sentence_span, NULL};
	static PyObject *const *quote[] = {&K_type, &K_doc, &K_id, &K_sent, &K_direct, &K_partial,
		&K_speaker, &K_cue, &K_content, NULL};
	static PyObject *const *figure[] = {&K_type, &K_doc, &K_sent, &K_count, &K_low, &K_high,
		&K_what, &K_of, &K_qualifier, &K_reported_by, &K_location, &K_text, &K_span, NULL};
	static PyObject *const *error[] = {&K_type, &K_doc, &K_file, &K_line, &K_message, NULL};
	static PyObject *const *actor[] = {&K_code, &K_text, &K_span, &K_dict,
		&K_resolved_from_pronoun, &K_how, NULL};
	static PyObject *const *word[] = {&K_text, &K_lemma, &K_span, NULL};
	static PyObject *const *verb[] = {&K_text, &K_lemma, &K_span, &K_dict, NULL};
	static PyObject *const *place[] = {&K_name, &K_country, &K_lat, &K_lon, NULL};
	static PyObject *const *place_ev[] = {&K_name, &K_country, &K_lat, &K_lon, &K_text, &K_span,
		&K_dict, NULL};
	static PyObject *const *text_span[] = {&K_text, &K_span, NULL};
	static PyObject *const *plover[] = {&K_category, &K_mode, &K_context, NULL};
	static PyObject *const *issue[] = {&K_code, &K_category, &K_phrase, &K_dict, NULL};
	return (T_event = template_of(event)) && (T_quote = template_of(quote)) &&
	       (T_figure = template_of(figure)) && (T_error = template_of(error)) &&
	       (T_actor = template_of(actor)) && (T_word = template_of(word)) &&
	       (T_verb = template_of(verb)) && (T_place = template_of(place)) &&
	       (T_place_ev = template_of(place_ev)) && (T_text_span = template_of(text_span)) &&
	       (T_plover = template_of(plover)) && (T_issue = template_of(issue)) ? 0 : -1;
}

/* d[k] = v, taking the reference to v; v NULL means an error is set */
static int put(PyObject *d, PyObject *k, PyObject *v)
{
	int rc;
	if (!v)
		return -1;
	rc = PyDict_SetItem(d, k, v);
	Py_DECREF(v);
	return rc;
}

/* An optional field: d[k] = v when `have`, else k is deleted. */
static int opt(PyObject *d, PyObject *k, int have, PyObject *(*make)(const void *), const void *arg)
{
	if (!have)
		return PyDict_DelItem(d, k);
	return put(d, k, make(arg));
}

static PyObject *str_or_none(const char *s)
{
	if (!s)
		Py_RETURN_NONE;
	return PyUnicode_DecodeUTF8(s, (Py_ssize_t)strlen(s), "replace");
}

static PyObject *text_of(const char *s, size_t n)
{
	if (!s)
		Py_RETURN_NONE;
	return PyUnicode_DecodeUTF8(s, (Py_ssize_t)n, "replace");
}

static PyObject *boolean(int v)
{
	return PyBool_FromLong(v != 0);
}

static PyObject *true_value(const void *unused)
{
	(void)unused;
	Py_RETURN_TRUE;
}

static PyObject *span(unsigned start, unsigned end)
{
	PyObject *l = PyList_New(2), *a, *b;
	if (!l)
		return NULL;
	a = PyLong_FromUnsignedLong(start);
	b = PyLong_FromUnsignedLong(end);
	if (!a || !b) {
		Py_XDECREF(a);
		Py_XDECREF(b);
		Py_DECREF(l);
		return NULL;
	}
	PyList_SET_ITEM(l, 0, a);
	PyList_SET_ITEM(l, 1, b);
	return l;
}

/* A number as the JSON writer prints it with `decimals` digits after the
** point, read back: the same float a JSON reader gets. */
static PyObject *rounded(double v, int decimals)
{
	char buf[64];
	snprintf(buf, sizeof buf, "%.*f", decimals, v);
	return PyFloat_FromDouble(strtod(buf, NULL));
}

static PyObject *confidence(const void *e)
{
	return rounded(((const parley_event *)e)->confidence, 3);
}

/* The Goldstein value as the writer rounds it: to one decimal, halves away
** from zero. */
static PyObject *goldstein(double v)
{
	long t = (long)(v * 10.0 + (v < 0 ? -0.5 : 0.5));
	return PyFloat_FromDouble((double)t / 10.0);
}

/* "q<id>": a quotation's id as the JSON writer names it */
static PyObject *quote_name(unsigned id)
{
	char buf[16], digits[12];
	size_t n = 0, k = 0;
	buf[n++] = 'q';
	do {
		digits[k++] = (char)('0' + id % 10);
		id /= 10;
	} while (id);
	while (k)
		buf[n++] = digits[--k];
	return PyUnicode_DecodeASCII(buf, (Py_ssize_t)n, NULL);
}

/* "file:line" of a dictionary entry */
static PyObject *dict_ref(const char *file, unsigned line)
{
	char buf[512], digits[16];
	size_t n = strlen(file), k = 0;
	if (n > sizeof buf - 16)
		return PyUnicode_FromFormat("%s:%u", file, line);
	memcpy(buf, file, n);
	buf[n++] = ':';
	do {
		digits[k++] = (char)('0' + line % 10);
		line /= 10;
	} while (line);
	while (k)
		buf[n++] = digits[--k];
	return PyUnicode_DecodeUTF8(buf, (Py_ssize_t)n, "replace");
}

static PyObject *how_of(const void *a)
{
	return str_or_none(((const parley_actor *)a)->how);
}

static PyObject *actor(const parley_actor *a)
{
	PyObject *d;
	if (!a)
		Py_RETURN_NONE;
	d = PyDict_Copy(T_actor);
	if (!d)
		return NULL;
	if (put(d, K_code, str_or_none(a->code)) < 0 ||
	    put(d, K_text, text_of(a->text, a->text_len)) < 0 ||
	    put(d, K_span, span(a->start, a->end)) < 0 ||
	    (a->dict_file ? put(d, K_dict, dict_ref(a->dict_file, a->dict_line))
	                  : PyDict_DelItem(d, K_dict)) < 0 ||
	    opt(d, K_resolved_from_pronoun, a->from_pronoun, true_value, NULL) < 0 ||
	    opt(d, K_how, a->how != NULL, how_of, a) < 0) {
		Py_DECREF(d);
		return NULL;
	}
	return d;
}

/* A word: text, lemma, span; an event's verb also has its dictionary line. */
static PyObject *word(const parley_word *w, int verb, const char *file, unsigned line)
{
	PyObject *d = PyDict_Copy(verb ? T_verb : T_word);
	if (!d)
		return NULL;
	if (put(d, K_text, text_of(w->text, w->text_len)) < 0 ||
	    put(d, K_lemma, str_or_none(w->lemma)) < 0 ||
	    put(d, K_span, span(w->start, w->end)) < 0 ||
	    (verb && (file ? put(d, K_dict, dict_ref(file, line)) : PyDict_DelItem(d, K_dict)) < 0)) {
		Py_DECREF(d);
		return NULL;
	}
	return d;
}

/* {"text":..., "span":[...]} */
static PyObject *text_span(const char *text, size_t len, unsigned start, unsigned end)
{
	PyObject *d = PyDict_Copy(T_text_span);
	if (!d)
		return NULL;
	if (put(d, K_text, text_of(text, len)) < 0 || put(d, K_span, span(start, end)) < 0) {
		Py_DECREF(d);
		return NULL;
	}
	return d;
}

/* A place; with evidence, also its words, their span and gazetteer line. */
static PyObject *place(const parley_place *p, int evidence)
{
	PyObject *d;
	if (!p)
		Py_RETURN_NONE;
	d = PyDict_Copy(evidence ? T_place_ev : T_place);
	if (!d)
		return NULL;
	if (put(d, K_name, str_or_none(p->name)) < 0 ||
	    put(d, K_country, str_or_none(p->country)) < 0 ||
	    put(d, K_lat, rounded(p->lat, 4)) < 0 ||
	    put(d, K_lon, rounded(p->lon, 4)) < 0 ||
	    (evidence && (put(d, K_text, text_of(p->text, p->text_len)) < 0 ||
	                  put(d, K_span, span(p->start, p->end)) < 0 ||
	                  (p->dict_file ? put(d, K_dict, dict_ref(p->dict_file, p->dict_line))
	                                : PyDict_DelItem(d, K_dict)) < 0))) {
		Py_DECREF(d);
		return NULL;
	}
	return d;
}

static PyObject *plover(const parley_event *e)
{
	PyObject *d;
	if (!e->plover_category)
		Py_RETURN_NONE;
	d = PyDict_Copy(T_plover);
	if (!d)
		return NULL;
	if (put(d, K_category, str_or_none(e->plover_category)) < 0 ||
	    put(d, K_mode, str_or_none(e->plover_mode)) < 0 ||
	    put(d, K_context, str_or_none(e->plover_context)) < 0) {
		Py_DECREF(d);
		return NULL;
	}
	return d;
}

static PyObject *quote_ids(const void *arg)
{
	const parley_event *e = arg;
	PyObject *l = PyList_New((Py_ssize_t)e->nquote_ids);
	size_t k;
	if (!l)
		return NULL;
	for (k = 0; k < e->nquote_ids; k++) {
		PyObject *q = quote_name(e->quote_ids[k]);
		if (!q) {
			Py_DECREF(l);
			return NULL;
		}
		PyList_SET_ITEM(l, (Py_ssize_t)k, q);
	}
	return l;
}

static PyObject *issues(const void *arg)
{
	const parley_event *e = arg;
	PyObject *l = PyList_New((Py_ssize_t)e->nissues);
	size_t k;
	if (!l)
		return NULL;
	for (k = 0; k < e->nissues; k++) {
		const parley_issue *h = &e->issues[k];
		PyObject *d = PyDict_Copy(T_issue);
		if (!d || put(d, K_code, str_or_none(h->code)) < 0 ||
		    put(d, K_category, str_or_none(h->category)) < 0 ||
		    put(d, K_phrase, text_span(h->text, h->text_len, h->start, h->end)) < 0 ||
		    (h->dict_file ? put(d, K_dict, dict_ref(h->dict_file, h->dict_line))
		                  : PyDict_DelItem(d, K_dict)) < 0) {
			Py_XDECREF(d);
			Py_DECREF(l);
			return NULL;
		}
		PyList_SET_ITEM(l, (Py_ssize_t)k, d);
	}
	return l;
}

static PyObject *mood(const void *e)
{
	return str_or_none(((const parley_event *)e)->mood);
}

static int event_fields(PyObject *d, const parley_event *e)
{
	return put(d, K_sent, PyLong_FromUnsignedLong(e->sent)) < 0 ||
	       put(d, K_date, str_or_none(e->date)) < 0 ||
	       put(d, K_date_precision, str_or_none(e->date_precision)) < 0 ||
	       put(d, K_source, actor(e->source)) < 0 ||
	       put(d, K_target, actor(e->target)) < 0 ||
	       put(d, K_code, str_or_none(e->code)) < 0 ||
	       put(d, K_root, str_or_none(e->root)) < 0 ||
	       put(d, K_quad, PyLong_FromLong(e->quad)) < 0 ||
	       put(d, K_goldstein, goldstein(e->goldstein)) < 0 ||
	       put(d, K_plover, plover(e)) < 0 ||
	       put(d, K_verb, word(&e->verb, 1, e->verb_dict_file, e->verb_dict_line)) < 0 ||
	       opt(d, K_nominal, e->nominal, true_value, NULL) < 0 ||
	       put(d, K_negated, boolean(e->negated)) < 0 ||
	       put(d, K_passive, boolean(e->passive)) < 0 ||
	       put(d, K_intent, boolean(e->intent)) < 0 ||
	       put(d, K_location, place(e->location, 1)) < 0 ||
	       opt(d, K_quotes, e->nquote_ids > 0, quote_ids, e) < 0 ||
	       opt(d, K_issues, e->nissues > 0, issues, e) < 0 ||
	       opt(d, K_mood, e->mood != NULL, mood, e) < 0 ||
	       opt(d, K_background, e->background, true_value, NULL) < 0 ||
	       opt(d, K_confidence, e->confidence >= 0, confidence, e) < 0 ||
	       put(d, K_sentence_span, span(e->sent_start, e->sent_end)) < 0 ? -1 : 0;
}

static int quote_fields(PyObject *d, const parley_quote *q)
{
	return put(d, K_id, quote_name(q->id)) < 0 ||
	       put(d, K_sent, PyLong_FromUnsignedLong(q->sent)) < 0 ||
	       put(d, K_direct, boolean(q->direct)) < 0 ||
	       put(d, K_partial, boolean(q->partial)) < 0 ||
	       put(d, K_speaker, actor(q->speaker)) < 0 ||
	       (q->cue && put(d, K_cue, word(q->cue, 0, NULL, 0)) < 0) ||
	       (q->content && put(d, K_content, text_span(q->content, q->content_len,
	                                                  q->content_start, q->content_end)) < 0) ? -1 : 0;
}

static int figure_fields(PyObject *d, const parley_figure *f)
{
	return put(d, K_sent, PyLong_FromUnsignedLong(f->sent)) < 0 ||
	       put(d, K_count, PyLong_FromLong(f->count)) < 0 ||
	       put(d, K_low, PyLong_FromLong(f->low)) < 0 ||
	       put(d, K_high, PyLong_FromLong(f->high)) < 0 ||
	       put(d, K_what, str_or_none(f->what)) < 0 ||
	       put(d, K_of, actor(f->of)) < 0 ||
	       put(d, K_qualifier, str_or_none(f->qualifier)) < 0 ||
	       put(d, K_reported_by, actor(f->reported_by)) < 0 ||
	       put(d, K_location, place(f->location, 0)) < 0 ||
	       put(d, K_text, text_of(f->text, f->text_len)) < 0 ||
	       put(d, K_span, span(f->start, f->end)) < 0 ? -1 : 0;
}

/* One record of the model as a dict with the fields of its JSON Lines record. */
static PyObject *record_dict(const parley_record *r)
{
	PyObject *d, *type, *t;
	int rc;
	switch (r->type) {
	case PARLEY_REC_EVENT: type = K_event; t = T_event; break;
	case PARLEY_REC_QUOTE: type = K_quote; t = T_quote; break;
	case PARLEY_REC_FIGURE: type = K_figure; t = T_figure; break;
	default: type = K_error; t = T_error; break;
	}
	d = PyDict_Copy(t);
	if (!d)
		return NULL;
	Py_INCREF(type);
	if (put(d, K_type, type) < 0 || put(d, K_doc, str_or_none(r->doc)) < 0) {
		Py_DECREF(d);
		return NULL;
	}
	if (r->type == PARLEY_REC_EVENT && r->event)
		rc = event_fields(d, r->event);
	else if (r->type == PARLEY_REC_QUOTE && r->quote)
		rc = quote_fields(d, r->quote);
	else if (r->type == PARLEY_REC_FIGURE && r->figure)
		rc = figure_fields(d, r->figure);
	else
		rc = (r->error && r->error->file ? put(d, K_file, str_or_none(r->error->file))
		                                 : PyDict_DelItem(d, K_file)) < 0 ||
		     put(d, K_line, PyLong_FromLong(r->line)) < 0 ||
		     put(d, K_message, str_or_none(r->error ? r->error->message : "unknown record")) < 0 ? -1 : 0;
	if (rc < 0) {
		Py_DECREF(d);
		return NULL;
	}
	return d;
}

/* The callback of parley_code_records: runs without the GIL, takes it to
** make each record's dict. */
typedef struct collect {
	PyThreadState *ts;
	PyObject *list;
	int failed;
} collect;

static int on_record(void *ud, const parley_record *r)
{
	collect *x = ud;
	PyObject *d;
	PyEval_RestoreThread(x->ts);
	d = record_dict(r);
	if (!d || PyList_Append(x->list, d) < 0)
		x->failed = 1;
	Py_XDECREF(d);
	x->ts = PyEval_SaveThread();
	return x->failed;
}

/* Codes d (or, with d NULL, the JSON line buf/n) on the worker: the GIL is
** released while the library works.  Returns the list of records. */
static PyObject *code_records(WorkerObject *self, const parley_doc *d, const char *buf, size_t n, long line)
{
	collect x;
	parley_rc rc;
	if (!self->c) {
		PyErr_SetString(ParleyError, "Worker is not made (call Worker(store))");
		return NULL;
	}
	x.list = PyList_New(0);
	x.failed = 0;
	if (!x.list)
		return NULL;
	worker_lock(self);
	x.ts = PyEval_SaveThread();
	if (d)
		rc = parley_code_records(self->c, d, line, on_record, &x);
	else
		rc = parley_code_jsonl_records(self->c, buf, n, line, on_record, &x);
	PyEval_RestoreThread(x.ts);
	PyThread_release_lock(self->lock);
	if (x.failed) {
		Py_DECREF(x.list);
		return NULL;   /* the exception of record_dict */
	}
	if (rc == PARLEY_ERR_NOMEM && PyList_GET_SIZE(x.list) == 0) {
		Py_DECREF(x.list);
		return PyErr_NoMemory();
	}
	return x.list;
}

static PyObject *Worker_code(WorkerObject *self, PyObject *args, PyObject *kw)
{
	static char *kwlist[] = {"text", "date", "id", "line", NULL};
	PyObject *text_o, *date_o = Py_None, *id_o = Py_None;
	PyObject *text_k = NULL, *date_k = NULL, *id_k = NULL, *res = NULL;
	long line = 0;
	parley_doc d;
	Py_ssize_t n = 0;

	if (!PyArg_ParseTupleAndKeywords(args, kw, "O|OOl:code", kwlist, &text_o, &date_o, &id_o, &line))
		return NULL;
	memset(&d, 0, sizeof d);
	if (text_arg(text_o, &d.text, &n, &text_k, "text") < 0 ||
	    opt_str_arg(date_o, &d.date, &date_k, "date", 0) < 0 ||
	    opt_str_arg(id_o, &d.id, &id_k, "id", 1) < 0)
		goto done;
	d.text_len = (size_t)n;
	res = code_records(self, &d, NULL, 0, line);
done:
	Py_XDECREF(text_k);
	Py_XDECREF(date_k);
	Py_XDECREF(id_k);
	return res;
}

static PyObject *Worker_code_jsonl(WorkerObject *self, PyObject *args, PyObject *kw)
{
	static char *kwlist[] = {"line_text", "line", NULL};
	PyObject *text_o, *text_k = NULL, *res;
	long line = 0;
	const char *p;
	Py_ssize_t n = 0;

	if (!PyArg_ParseTupleAndKeywords(args, kw, "O|l:code_jsonl", kwlist, &text_o, &line))
		return NULL;
	if (text_arg(text_o, &p, &n, &text_k, "line_text") < 0)
		return NULL;
	res = code_records(self, NULL, p, (size_t)n, line);
	Py_XDECREF(text_k);
	return res;
}

/* An error record made here, worded as the library words those of a JSON
** line: {"type":"error","doc":...,"line":N,"message":"line N: ..."}. */
static PyObject *error_record(PyObject *doc, long line, const char *msg)
{
	PyObject *d = PyDict_Copy(T_error);
	if (!d)
		return NULL;
	Py_INCREF(K_error);
	Py_INCREF(doc);
	if (put(d, K_type, K_error) < 0 || put(d, K_doc, doc) < 0 || PyDict_DelItem(d, K_file) < 0 ||
	    put(d, K_line, PyLong_FromLong(line)) < 0 ||
	    put(d, K_message, PyUnicode_FromFormat("line %ld: %s", line, msg)) < 0) {
		Py_DECREF(d);
		return NULL;
	}
	return d;
}

static PyObject *one_error(PyObject *doc, long line, const char *msg)
{
	PyObject *e = error_record(doc, line, msg), *l;
	if (!e)
		return NULL;
	l = PyList_New(1);
	if (!l) {
		Py_DECREF(e);
		return NULL;
	}
	PyList_SET_ITEM(l, 0, e);
	return l;
}

/* item[key] of a mapping, or NULL without an exception when absent. */
static PyObject *field(PyObject *item, PyObject *key)
{
	PyObject *v;
	if (PyDict_CheckExact(item)) {
		v = PyDict_GetItemWithError(item, key);
		Py_XINCREF(v);
		return v;
	}
	v = PyObject_GetItem(item, key);
	if (!v && PyErr_ExceptionMatches(PyExc_KeyError))
		PyErr_Clear();
	return v;
}

/* The records of one input of code_many: a mapping like a JSON Lines input
** line ({"id","date","text",...}: id a string or an integer, date a
** string, text a string or UTF-8 bytes; other fields ignored), or such a
** line as str or bytes, read by the library.  Inputs that cannot be coded
** give one error record. */
static PyObject *code_item(WorkerObject *self, PyObject *item, long line)
{
	PyObject *id_o = NULL, *date_o = NULL, *text_o = NULL, *doc = NULL, *res = NULL;
	PyObject *text_k = NULL, *date_k = NULL, *id_k = NULL;
	parley_doc d;
	Py_ssize_t n = 0;

	if (PyUnicode_Check(item) || PyBytes_Check(item) || PyByteArray_Check(item)) {
		const char *p;
		if (text_arg(item, &p, &n, &text_k, "input line") < 0)
			return NULL;
		res = code_records(self, NULL, p, (size_t)n, line);
		Py_XDECREF(text_k);
		return res;
	}
	if (!PyDict_Check(item) && !PyMapping_Check(item)) {
		char msg[160];
		snprintf(msg, sizeof msg, "not an article (a dict with \"text\"): %.100s", Py_TYPE(item)->tp_name);
		return one_error(Py_None, line, msg);
	}
	memset(&d, 0, sizeof d);
	if (!(id_o = field(item, K_id)) && PyErr_Occurred())
		goto done;
	if (id_o && (PyUnicode_Check(id_o) || (PyLong_Check(id_o) && !PyBool_Check(id_o)))) {
		if (opt_str_arg(id_o, &d.id, &id_k, "id", 1) < 0)
			goto done;
		doc = PyUnicode_Check(id_k) ? id_k : NULL;
	}
	if (!doc)
		doc = Py_None;
	if (!(text_o = field(item, K_text))) {
		if (!PyErr_Occurred())
			res = one_error(doc, line, "no \"text\" field");
		goto done;
	}
	if (!PyUnicode_Check(text_o) && !PyBytes_Check(text_o) && !PyByteArray_Check(text_o)) {
		res = one_error(doc, line, "field \"text\" is not a string");
		goto done;
	}
	if (!(date_o = field(item, K_date)) && PyErr_Occurred())
		goto done;
	if (date_o && PyUnicode_Check(date_o) && opt_str_arg(date_o, &d.date, &date_k, "date", 0) < 0)
		goto done;
	if (text_arg(text_o, &d.text, &n, &text_k, "text") < 0)
		goto done;
	d.text_len = (size_t)n;
	res = code_records(self, &d, NULL, 0, line);
done:
	Py_XDECREF(id_o);
	Py_XDECREF(date_o);
	Py_XDECREF(text_o);
	Py_XDECREF(text_k);
	Py_XDECREF(date_k);
	Py_XDECREF(id_k);
	return res;
}

static PyObject *Worker_code_item(WorkerObject *self, PyObject *args)
{
	PyObject *item;
	long line;
	if (!PyArg_ParseTuple(args, "Ol:code_item", &item, &line))
		return NULL;
	return code_item(self, item, line);
}

/* ------------------------------------------------------------ Stream */

/* Records of an iterable of inputs, one by one, coded by one Worker. */
typedef struct {
	PyObject_HEAD
	WorkerObject *w;
	PyObject *it;       /* the inputs; NULL once exhausted */
	PyObject *batch;    /* records of the current input */
	Py_ssize_t next;
	long line;
} StreamObject;

static void Stream_dealloc(StreamObject *self)
{
	Py_XDECREF(self->w);
	Py_XDECREF(self->it);
	Py_XDECREF(self->batch);
	Py_TYPE(self)->tp_free((PyObject *)self);
}

static PyObject *Stream_next(StreamObject *self)
{
	for (;;) {
		PyObject *item, *batch;
		if (self->batch && self->next < PyList_GET_SIZE(self->batch)) {
			PyObject *r = PyList_GET_ITEM(self->batch, self->next);
			PyList_SET_ITEM(self->batch, self->next, NULL);
			self->next++;
			return r;
		}
		Py_CLEAR(self->batch);
		if (!self->it)
			return NULL;
		item = PyIter_Next(self->it);
		if (!item) {
			Py_CLEAR(self->it);
			return NULL;   /* the end, or the iterator's exception */
		}
		batch = code_item(self->w, item, ++self->line);
		Py_DECREF(item);
		if (!batch)
			return NULL;
		self->batch = batch;
		self->next = 0;
	}
}

static PyTypeObject StreamType = {
	PyVarObject_HEAD_INIT(NULL, 0)
	.tp_name = "parley._parley.Stream",
	.tp_basicsize = sizeof(StreamObject),
	.tp_dealloc = (destructor)Stream_dealloc,
	.tp_flags = Py_TPFLAGS_DEFAULT,
	.tp_doc = "Records of code_many with one thread (made by Worker.stream).",
	.tp_iter = PyObject_SelfIter,
	.tp_iternext = (iternextfunc)Stream_next,
};

static PyObject *Worker_stream(WorkerObject *self, PyObject *iterable)
{
	StreamObject *st;
	PyObject *it = PyObject_GetIter(iterable);
	if (!it)
		return NULL;
	st = PyObject_New(StreamObject, &StreamType);
	if (!st) {
		Py_DECREF(it);
		return NULL;
	}
	Py_INCREF(self);
	st->w = self;
	st->it = it;
	st->batch = NULL;
	st->next = 0;
	st->line = 0;
	return (PyObject *)st;
}

static PyObject *Worker_counts(WorkerObject *self, PyObject *unused)
{
	parley_counts n;
	(void)unused;
	if (!self->c) {
		PyErr_SetString(ParleyError, "Worker is not made (call Worker(store))");
		return NULL;
	}
	worker_lock(self);
	parley_coder_counts(self->c, &n);
	PyThread_release_lock(self->lock);
	return Py_BuildValue("{s:l,s:l,s:l,s:l,s:l,s:l,s:l}", "docs", n.docs, "sentences", n.sentences,
	                     "tokens", n.tokens, "events", n.events, "quotes", n.quotes,
	                     "figures", n.figures, "errors", n.errors);
}

static PyMethodDef Worker_methods[] = {
	{"code", (PyCFunction)(void (*)(void))Worker_code, METH_VARARGS | METH_KEYWORDS,
	 "code(text, date=None, id=None, line=0) -> list of record dicts"},
	{"code_jsonl", (PyCFunction)(void (*)(void))Worker_code_jsonl, METH_VARARGS | METH_KEYWORDS,
	 "code_jsonl(line_text, line=0) -> list of record dicts, for one line of JSON Lines input"},
	{"code_item", (PyCFunction)Worker_code_item, METH_VARARGS,
	 "code_item(item, line) -> list of record dicts, for one input of code_many"},
	{"stream", (PyCFunction)Worker_stream, METH_O,
	 "stream(iterable) -> iterator over the records of code_item of each input"},
	{"counts", (PyCFunction)Worker_counts, METH_NOARGS,
	 "counts() -> dict of what this worker has coded"},
	{NULL, NULL, 0, NULL}
};

static PyTypeObject WorkerType = {
	PyVarObject_HEAD_INIT(NULL, 0)
	.tp_name = "parley._parley.Worker",
	.tp_basicsize = sizeof(WorkerObject),
	.tp_dealloc = (destructor)Worker_dealloc,
	.tp_flags = Py_TPFLAGS_DEFAULT,
	.tp_doc = "Worker(store): codes articles with its own working memory over a shared Store;\n"
	          "one call at a time (a second thread waits).",
	.tp_methods = Worker_methods,
	.tp_init = (initproc)Worker_init,
	.tp_new = PyType_GenericNew,
};

/* --------------------------------------------------------------- module */

static struct PyModuleDef parley_module = {
	PyModuleDef_HEAD_INIT,
	.m_name = "parley._parley",
	.m_doc = "The C part of parley: Store and Worker over libparley.",
	.m_size = -1,
};

PyMODINIT_FUNC PyInit__parley(void);

PyMODINIT_FUNC PyInit__parley(void)
{
	PyObject *m;
	if (PyType_Ready(&StoreType) < 0 || PyType_Ready(&WorkerType) < 0 ||
	    PyType_Ready(&StreamType) < 0 || make_keys() < 0 ||
	    make_templates() < 0)
		return NULL;
	m = PyModule_Create(&parley_module);
	if (!m)
		return NULL;
	ParleyError = PyErr_NewExceptionWithDoc("parley.Error",
	        "An error of libparley (dictionaries that cannot be loaded, ...), with its message.",
	        NULL, NULL);
	if (!ParleyError || PyModule_AddObjectRef(m, "Error", ParleyError) < 0 ||
	    PyModule_AddObjectRef(m, "Store", (PyObject *)&StoreType) < 0 ||
	    PyModule_AddObjectRef(m, "Worker", (PyObject *)&WorkerType) < 0 ||
	    PyModule_AddStringConstant(m, "VERSION", PARLEY_VERSION) < 0) {
		Py_DECREF(m);
		return NULL;
	}
	return m;
}
