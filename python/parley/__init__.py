"""parley: political event coding of news text, over the C library libparley.

    import parley
    coder = parley.Coder()
    records = coder.code("The United States urged Israel to agree.", date="2024-09-03")
    frame = parley.to_frame(coder.code_many(articles, threads=2))

Records are plain dicts, the same as the JSON Lines records of `parley code`
(see SCHEMA.md): events, quotations, figures, and error records for input
that cannot be coded.  Errors of the library raise parley.Error with its
message.
"""

import os
import sys
import warnings

from . import _parley
from ._parley import Error

__all__ = ["Coder", "Error", "to_frame", "EVENT_COLUMNS", "QUOTE_COLUMNS", "FIGURE_COLUMNS",
           "default_dirs"]
__version__ = _parley.VERSION

_HERE = os.path.dirname(os.path.abspath(__file__))


def _candidates():
    """(dict, data) folder pairs, in the order they are tried."""
    yield os.path.join(_HERE, "share", "dict"), os.path.join(_HERE, "share", "data")
    # `make python`: BUILD/python/parley/ in the source tree, data in BUILD/data
    build = os.path.dirname(os.path.dirname(_HERE))
    yield os.path.join(os.path.dirname(build), "dict"), os.path.join(build, "data")
    for prefix in (sys.prefix, "/usr/local", "/usr"):
        share = os.path.join(prefix, "share", "parley")
        yield os.path.join(share, "dict"), os.path.join(share, "data")


def default_dirs():
    """The dictionary and data folders a Coder uses when it is given none.

    $PARLEY_DICT and $PARLEY_DATA first (as for the command); else the first
    of these that has both folders: the copies installed with the module
    (pip install), the source tree the module was built in (make python:
    dict/ and BUILD/data/), PREFIX/share/parley/ of `make install` for the
    Python prefix, /usr/local and /usr.  Returns (dict_dir, data_dir), either
    None when nothing was found.
    """
    env_dict = os.environ.get("PARLEY_DICT") or None
    env_data = os.environ.get("PARLEY_DATA") or None
    if env_dict and env_data:
        return env_dict, env_data
    for d, t in _candidates():
        if os.path.isdir(d) and os.path.isdir(t):
            return env_dict or os.path.normpath(d), env_data or os.path.normpath(t)
    return env_dict, env_data


class Coder:
    """A coder over one set of dictionaries.

    Coder(dict_dir=None, data_dir=None, dict_format=None, dict_files=None)

    dict_dir: folder of parley's dictionaries; data_dir: folder of the data
    generated at build time (None: see default_dirs()).  dict_format:
    "parley" (default) or "petrarch"; dict_files: PETRARCH/TABARI dictionary
    files (with them, dict_format defaults to "petrarch"), as the command's
    --dict-format and --dict-file.  Loading problems that skip a line are
    issued as warnings (UserWarning) and kept in .warnings.  Raises
    parley.Error when the dictionaries cannot be loaded.

    One Coder may be used from several threads (calls on it take turns);
    code_many(threads=N) codes in parallel over the one shared store.
    """

    def __init__(self, dict_dir=None, data_dir=None, dict_format=None, dict_files=None):
        if dict_dir is None or data_dir is None:
            found_dict, found_data = default_dirs()
            if dict_dir is None:
                dict_dir = found_dict
            if data_dir is None:
                data_dir = found_data
        if dict_dir is None or data_dir is None:
            raise Error("no dictionary and data folders found: pass dict_dir and data_dir, or set "
                        "PARLEY_DICT and PARLEY_DATA (see parley.default_dirs)")
        self.dict_dir, self.data_dir = os.fspath(dict_dir), os.fspath(data_dir)
        if dict_files is not None:
            dict_files = [os.fspath(f) for f in dict_files]
        self._store = _parley.Store(self.dict_dir, self.data_dir, dict_format, dict_files)
        self._worker = _parley.Worker(self._store)
        self.warnings = list(self._store.warnings)
        for w in self.warnings:
            warnings.warn(w, stacklevel=2)

    def code(self, text, date=None, id=None):
        """Records of one article (a list of dicts, in the order of the
        command's output).  text: str (or UTF-8 bytes); date: "YYYY-MM-DD"
        or an ISO date-time, or None; id: the article id, or None.  Text that
        is not valid UTF-8 or holds NUL characters gives one error record."""
        return self._worker.code(text, date, id)

    def code_many(self, docs, threads=1):
        """Records of many articles, yielded one by one in input order.

        docs: an iterable of dicts {"id", "date", "text", ...} (as the
        command's JSON Lines input; a str or bytes item is read as one such
        JSON line).  Each input yields its records or exactly one error
        record, whose "line" is the input's number from 1.  threads: number
        of coders working at once, each with the GIL released while it codes;
        the records are the same whatever the number.
        """
        threads = int(threads)
        if threads < 1:
            raise ValueError("threads must be at least 1")
        if threads == 1:
            return self._worker.stream(docs)
        return self._code_parallel(docs, threads)

    def _code_parallel(self, docs, threads, chunk=16):
        # N workers over the one store; each batch of `chunk` inputs is coded
        # by whichever worker is free, with the GIL released while it codes,
        # and batches are yielded in input order, at most 4 per thread ahead
        import collections
        import concurrent.futures
        import queue
        free = queue.SimpleQueue()
        free.put(self._worker)
        for _ in range(threads - 1):
            free.put(_parley.Worker(self._store))

        def work(first, items):
            worker = free.get()
            try:
                out = []
                for k, item in enumerate(items):
                    out.extend(worker.code_item(item, first + k))
                return out
            finally:
                free.put(worker)

        pending = collections.deque()
        pool = concurrent.futures.ThreadPoolExecutor(max_workers=threads,
                                                     thread_name_prefix="parley")
        try:
            it = iter(docs)
            line = 1
            done = False
            while True:
                while not done and len(pending) < 4 * threads:
                    items = []
                    for item in it:
                        items.append(item)
                        if len(items) == chunk:
                            break
                    if len(items) < chunk:
                        done = True
                    if items:
                        pending.append(pool.submit(work, line, items))
                        line += len(items)
                if not pending:
                    break
                yield from pending.popleft().result()
        finally:
            for f in pending:
                f.cancel()
            pool.shutdown(wait=True)

    def stats(self):
        """Entries loaded, by kind, as a dict {name: count}."""
        out = {}
        for row in self._store.stats().splitlines():
            name, _, value = row.rpartition(" ")
            try:
                out[name] = int(value)
            except ValueError:
                try:
                    out[name] = float(value)
                except ValueError:
                    out[name] = value
        return out

    def counts(self):
        """What this coder's code() calls have done: docs, sentences, tokens,
        events, quotes, figures, errors."""
        return self._worker.counts()

    def __repr__(self):
        return "parley.Coder(dict_dir=%r, data_dir=%r)" % (self.dict_dir, self.data_dir)


# Columns of to_frame(), in order.
EVENT_COLUMNS = [
    "doc", "sent", "date", "date_precision",
    "source_code", "source_text", "target_code", "target_text",
    "code", "root", "quad", "goldstein",
    "plover_category", "plover_mode", "plover_context",
    "verb", "verb_lemma", "negated", "passive", "intent", "nominal", "mood", "confidence",
    "location_name", "location_country", "lat", "lon",
    "source_start", "source_end", "target_start", "target_end",
    "sentence_start", "sentence_end",
]


def _span(d, i):
    span = d.get("span") if d else None
    return span[i] if span else None


def _event_row(r):
    src = r.get("source") or {}
    tgt = r.get("target") or {}
    plover = r.get("plover") or {}
    verb = r.get("verb") or {}
    loc = r.get("location") or {}
    sspan = r.get("sentence_span") or (None, None)
    return (
        r.get("doc"), r.get("sent"), r.get("date"), r.get("date_precision"),
        src.get("code"), src.get("text"), tgt.get("code"), tgt.get("text"),
        r.get("code"), r.get("root"), r.get("quad"), r.get("goldstein"),
        plover.get("category"), plover.get("mode"), plover.get("context"),
        verb.get("text"), verb.get("lemma"),
        r.get("negated"), r.get("passive"), r.get("intent"), r.get("nominal", False),
        r.get("mood", "asserted"), r.get("confidence"),
        loc.get("name"), loc.get("country"), loc.get("lat"), loc.get("lon"),
        _span(src, 0), _span(src, 1), _span(tgt, 0), _span(tgt, 1),
        sspan[0], sspan[1],
    )


# Columns of to_frame(records, "quote") and to_frame(records, "figure").
QUOTE_COLUMNS = [
    "doc", "sent", "id", "direct", "partial", "speaker_code", "speaker_text", "cue",
    "cue_lemma", "content", "content_start", "content_end",
]
FIGURE_COLUMNS = [
    "doc", "sent", "count", "low", "high", "what", "qualifier", "of_code", "of_text",
    "reported_by_code", "reported_by_text", "location_name", "location_country", "lat", "lon",
    "text", "start", "end",
]


def _quote_row(r):
    spk = r.get("speaker") or {}
    cue = r.get("cue") or {}
    content = r.get("content") or {}
    return (
        r.get("doc"), r.get("sent"), r.get("id"), r.get("direct"), r.get("partial"),
        spk.get("code"), spk.get("text"), cue.get("text"), cue.get("lemma"),
        content.get("text"), _span(content, 0), _span(content, 1),
    )


def _figure_row(r):
    of = r.get("of") or {}
    rep = r.get("reported_by") or {}
    loc = r.get("location") or {}
    span = r.get("span") or (None, None)
    return (
        r.get("doc"), r.get("sent"), r.get("count"), r.get("low"), r.get("high"), r.get("what"),
        r.get("qualifier"), of.get("code"), of.get("text"), rep.get("code"), rep.get("text"),
        loc.get("name"), loc.get("country"), loc.get("lat"), loc.get("lon"),
        r.get("text"), span[0], span[1],
    )


_KINDS = {
    "event": (EVENT_COLUMNS, _event_row, ("lat", "lon", "goldstein", "confidence"), ("sent", "quad")),
    "quote": (QUOTE_COLUMNS, _quote_row, (), ("sent",)),
    "figure": (FIGURE_COLUMNS, _figure_row, ("lat", "lon"), ("sent", "count", "low", "high")),
}


def to_frame(records, kind="event"):
    """A pandas DataFrame of the events among records (a list, or the
    iterator of code_many): one row per event, columns EVENT_COLUMNS, the
    nested fields flattened (source_code, source_text, target_code, ...,
    location_name, lat, lon).  kind="quote" or "figure" gives the quotations
    (QUOTE_COLUMNS) or the figures (FIGURE_COLUMNS) instead; other records
    are left out.  Needs pandas."""
    try:
        import pandas
    except ImportError as e:
        raise ImportError("parley.to_frame needs pandas (Debian: apt-get install python3-pandas)") from e
    if kind not in _KINDS:
        raise ValueError("kind must be one of %s, not %r" % (", ".join(_KINDS), kind))
    columns, row, floats, ints = _KINDS[kind]
    rows = [row(r) for r in records if r.get("type") == kind]
    frame = pandas.DataFrame.from_records(rows, columns=columns)
    for col in floats:
        frame[col] = pandas.to_numeric(frame[col], errors="coerce").astype("float64")
    for col in ints:
        frame[col] = frame[col].astype("Int64")
    return frame
