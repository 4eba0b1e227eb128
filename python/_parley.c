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

/* parley.Error, and json.loads for the records as JSON text. */
static PyObject *ParleyError;
static PyObject *json_loads;

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

/* Records as JSON Lines text -> list of dicts (the path used until the
** record model is in parley.h). */
static PyObject *records_from_jsonl(const char *out, size_t len)
{
	PyObject *list = PyList_New(0);
	size_t i = 0;
	if (!list)
		return NULL;
	while (i < len) {
		const char *nl = memchr(out + i, '\n', len - i);
		size_t end = nl ? (size_t)(nl - out) : len;
		if (end > i) {
			PyObject *s = PyUnicode_DecodeUTF8(out + i, (Py_ssize_t)(end - i), "strict");
			PyObject *d = s ? PyObject_CallOneArg(json_loads, s) : NULL;
			Py_XDECREF(s);
			if (!d || PyList_Append(list, d) < 0) {
				Py_XDECREF(d);
				Py_DECREF(list);
				return NULL;
			}
			Py_DECREF(d);
		}
		i = end + 1;
	}
	return list;
}

static PyObject *Worker_code(WorkerObject *self, PyObject *args, PyObject *kw)
{
	static char *kwlist[] = {"text", "date", "id", "line", NULL};
	PyObject *text_o, *date_o = Py_None, *id_o = Py_None;
	PyObject *text_k = NULL, *date_k = NULL, *id_k = NULL, *res = NULL;
	long line = 0;
	parley_doc d;
	Py_ssize_t n = 0;
	const char *out;
	size_t olen = 0;

	if (!PyArg_ParseTupleAndKeywords(args, kw, "O|OOl:code", kwlist, &text_o, &date_o, &id_o, &line))
		return NULL;
	memset(&d, 0, sizeof d);
	if (text_arg(text_o, &d.text, &n, &text_k, "text") < 0 ||
	    opt_str_arg(date_o, &d.date, &date_k, "date", 0) < 0 ||
	    opt_str_arg(id_o, &d.id, &id_k, "id", 1) < 0)
		goto done;
	d.text_len = (size_t)n;
	worker_lock(self);
	Py_BEGIN_ALLOW_THREADS
	out = parley_code_doc(self->c, &d, line, &olen);
	Py_END_ALLOW_THREADS
	if (!out)
		PyErr_NoMemory();
	else
		res = records_from_jsonl(out, olen);
	PyThread_release_lock(self->lock);
done:
	Py_XDECREF(text_k);
	Py_XDECREF(date_k);
	Py_XDECREF(id_k);
	return res;
}

static PyObject *Worker_code_jsonl(WorkerObject *self, PyObject *args, PyObject *kw)
{
	static char *kwlist[] = {"line_text", "line", NULL};
	PyObject *text_o, *text_k = NULL, *res = NULL;
	long line = 0;
	const char *p, *out;
	Py_ssize_t n = 0;
	size_t olen = 0;

	if (!PyArg_ParseTupleAndKeywords(args, kw, "O|l:code_jsonl", kwlist, &text_o, &line))
		return NULL;
	if (text_arg(text_o, &p, &n, &text_k, "line_text") < 0)
		return NULL;
	worker_lock(self);
	Py_BEGIN_ALLOW_THREADS
	out = parley_code_jsonl(self->c, p, (size_t)n, line, &olen);
	Py_END_ALLOW_THREADS
	if (!out)
		PyErr_NoMemory();
	else
		res = records_from_jsonl(out, olen);
	PyThread_release_lock(self->lock);
	Py_XDECREF(text_k);
	return res;
}

static PyObject *Worker_counts(WorkerObject *self, PyObject *unused)
{
	parley_counts n;
	(void)unused;
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
	PyObject *m, *json;
	if (PyType_Ready(&StoreType) < 0 || PyType_Ready(&WorkerType) < 0)
		return NULL;
	json = PyImport_ImportModule("json");
	if (!json)
		return NULL;
	json_loads = PyObject_GetAttrString(json, "loads");
	Py_DECREF(json);
	if (!json_loads)
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
