"""Tests of the Python binding (run by tests/python.sh with PYTHONPATH=BUILD/python).

The records of the module are compared with those of the command, parsed from
its JSON Lines output: the two are independent consumers of the library's
record model, so neither side's expected output is written down here.
"""
import json
import os
import subprocess
import threading
import warnings

import pytest

import parley

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BUILD = os.path.join(ROOT, os.environ.get("PARLEY_BUILD", "build"))
CLI = os.path.join(BUILD, "parley")
SHARED = os.environ.get("PARLEY_SHARED") or os.path.join(ROOT, "..", "shared")
SEED = os.path.join(SHARED, "seed", "article.jsonl")
REUTERS = os.path.join(SHARED, "corpora", "reuters21578.jsonl")
EXAMPLE = os.path.join(ROOT, "examples", "article.jsonl")


@pytest.fixture(scope="module")
def coder():
    return parley.Coder()


def read_lines(path, n=None):
    with open(path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    return lines[:n] if n else lines


def cli_records(lines, tmp_path, *args):
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = subprocess.run([CLI, "code", "-q", *args, str(path)], check=True,
                         capture_output=True, text=True).stdout
    recs = [json.loads(line) for line in out.splitlines()]
    # the command names its input file in error records; coding from Python
    # has no file, so its messages name the line alone
    for r in recs:
        if r["type"] == "error" and r.pop("file", None) == str(path):
            r["message"] = r["message"].replace(str(path) + ":", "line ", 1)
    return recs


def need(path):
    if not os.path.isfile(path):
        pytest.skip("%s not found (the shared material is not beside this checkout)" % path)


# --- the same records as the command -------------------------------------

@pytest.mark.parametrize("path,n", [(EXAMPLE, None), (SEED, None), (REUTERS, 400)],
                         ids=["example", "seed", "reuters-400"])
def test_records_equal_cli(coder, tmp_path, path, n):
    need(path)
    lines = read_lines(path, n)
    cli = cli_records(lines, tmp_path)
    assert cli, "the command found nothing in %s" % path
    docs = [json.loads(line) for line in lines]
    assert list(coder.code_many(docs)) == cli
    # one article at a time through code()
    one = []
    for d in docs:
        one.extend(coder.code(d["text"], date=d.get("date"), id=d.get("id")))
    assert one == [r for r in cli if r["type"] != "error"]


def test_record_kinds_on_seed(coder):
    need(SEED)
    d = json.loads(read_lines(SEED)[0])
    kinds = {r["type"] for r in coder.code(d["text"], d.get("date"), d.get("id"))}
    assert {"event", "quote", "figure"} <= kinds


def test_key_order_follows_the_json_writer(coder, tmp_path):
    lines = read_lines(EXAMPLE)
    cli = cli_records(lines, tmp_path)
    py = list(coder.code_many(lines))

    def keys(x):
        if isinstance(x, dict):
            return [(k, keys(v)) for k, v in x.items()]
        if isinstance(x, list):
            return [keys(v) for v in x]
        return None
    assert keys(py) == keys(cli)


# --- bad input ------------------------------------------------------------

BAD_LINES = [
    '{"id": "a"}',
    '{"id": "b", "text": 5}',
    'not json',
    '{"id": "c", "text": "NUL \\u0000 inside"}',
    '[1, 2]',
    '{"id": 7, "date": "2024-09-03", "text": "The United States urged Israel to agree."}',
]


def test_bad_lines_give_the_commands_error_records(coder, tmp_path):
    cli = cli_records(BAD_LINES, tmp_path)
    assert [r["type"] for r in cli].count("error") == 5
    assert list(coder.code_many(BAD_LINES)) == cli           # lines read by the library
    assert list(coder.code_many(BAD_LINES, threads=2)) == cli


def test_bad_dicts_give_error_records(coder, tmp_path):
    docs = [{"id": "a"}, {"id": "b", "text": 5}, {"id": "c", "text": "NUL \0 inside"},
            {"id": 7, "date": "2024-09-03", "text": "The United States urged Israel to agree."}]
    cli = cli_records([json.dumps(d) for d in docs], tmp_path)
    assert list(coder.code_many(docs)) == cli
    out = list(coder.code_many([42]))
    assert len(out) == 1 and out[0]["type"] == "error" and out[0]["line"] == 1


@pytest.mark.parametrize("text", [b"bad \xff byte", "lone \ud800 surrogate", "NUL \0 char"],
                         ids=["invalid-utf8", "surrogate", "nul"])
def test_bad_text_gives_one_error_record(coder, text):
    out = coder.code(text, id="x")
    assert len(out) == 1
    assert out[0]["type"] == "error" and out[0]["doc"] == "x"
    assert "byte" in out[0]["message"]


def test_wrong_types_raise(coder):
    with pytest.raises(TypeError):
        coder.code(12)
    with pytest.raises(TypeError):
        coder.code("text", date=20240903)
    with pytest.raises(ValueError):
        coder.code("text", id="a\0b")
    with pytest.raises(ValueError):
        coder.code_many([], threads=0)


def test_library_errors_raise_parley_error(tmp_path):
    missing = str(tmp_path / "no-such-folder")
    with pytest.raises(parley.Error) as e:
        parley.Coder(dict_dir=missing)
    assert "no-such-folder" in str(e.value)
    with pytest.raises(ValueError):
        parley.Coder(dict_format="tabari")
    with pytest.raises(parley.Error):
        parley.Coder(dict_files=[str(tmp_path / "none.txt")])


def test_default_folders_and_environment(monkeypatch, tmp_path):
    d, t = parley.default_dirs()
    assert os.path.isdir(d) and os.path.isdir(t)
    monkeypatch.setenv("PARLEY_DICT", str(tmp_path))
    assert parley.default_dirs()[0] == str(tmp_path)
    with pytest.raises(parley.Error):
        parley.Coder()


# --- threads --------------------------------------------------------------

def many_docs():
    docs = [json.loads(line) for line in read_lines(EXAMPLE)]
    if os.path.isfile(SEED):
        docs += [json.loads(line) for line in read_lines(SEED)]
    if os.path.isfile(REUTERS):
        docs += [json.loads(line) for line in read_lines(REUTERS, 300)]
    else:
        docs = [dict(d, id="%s-%d" % (d.get("id"), k)) for k in range(20) for d in docs]
    return docs


def test_threads_give_the_same_records(coder):
    docs = many_docs()
    one = list(coder.code_many(docs, threads=1))
    assert one
    for n in (2, 3):
        assert list(coder.code_many(iter(docs), threads=n)) == one


def test_one_coder_shared_by_threads(coder):
    docs = many_docs()[:60]
    want = [coder.code(d["text"], d.get("date"), d.get("id")) for d in docs]
    got = [None] * len(docs)

    def run(k):
        for i in range(k, len(docs), 3):
            d = docs[i]
            got[i] = coder.code(d["text"], d.get("date"), d.get("id"))
    ts = [threading.Thread(target=run, args=(k,)) for k in range(3)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    assert got == want


def test_gil_released_while_coding(coder):
    """With the interpreter's forced switches off, another Python thread can
    only run while code() has released the GIL.  One long call (the test
    articles joined) leaves the other thread time to be scheduled however
    busy the machine is, so the check is that it ran at all, not how often."""
    import sys
    import time
    text = "\n\n".join(d["text"] for d in many_docs()[:200])
    state = {"n": 0, "stop": False}

    def spin():
        while not state["stop"]:
            state["n"] += 1
            time.sleep(0)        # gives the GIL back to the coding thread
    old = sys.getswitchinterval()
    sys.setswitchinterval(1000.0)
    t = threading.Thread(target=spin)
    try:
        t.start()
        time.sleep(0.05)         # the other thread is running before the call
        before = state["n"]
        coder.code(text, "2005-01-01", "joined")
        during = state["n"] - before
    finally:
        state["stop"] = True
        sys.setswitchinterval(old)
        t.join()
    assert during > 0, "the other thread never ran while %d characters were coded" % len(text)


def test_code_many_stops_early(coder):
    docs = many_docs()
    gen = coder.code_many(docs, threads=2)
    first = [next(gen) for _ in range(3)]
    gen.close()
    assert first == list(coder.code_many(docs))[:3]


# --- memory ---------------------------------------------------------------

def rss_kb():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") // 1024


@pytest.mark.skipif(not os.path.exists("/proc/self/statm"), reason="no /proc/self/statm")
def test_memory_flat_over_10000_calls(coder):
    text = ('Israeli troops killed at least 12 Palestinians in Gaza on Monday, the health '
            'ministry said. "We will not stop," Prime Minister Benjamin Netanyahu told reporters.')
    per_call = coder.code(text, date="2024-09-03", id="m")
    assert {r["type"] for r in per_call} >= {"event", "quote", "figure"}
    for _ in range(1000):
        coder.code(text, date="2024-09-03", id="m")
    before = rss_kb()
    for _ in range(9000):
        out = coder.code(text, date="2024-09-03", id="m")
    for _ in range(200):
        list(coder.code_many([{"id": "m", "text": text}] * 5, threads=2))
    grown = rss_kb() - before
    assert out == per_call
    # a leak of even one small object per call would show as megabytes here
    assert grown < 2048, "RSS grew by %d KB over 10,000 calls" % grown


# --- DataFrame ------------------------------------------------------------

# The events the seed article must give (tests/seed.sh, ../shared/seed/EXPECTED.md):
# (description, source, target, condition on the row)
SEED_EVENTS = [
    ("USA->ISR appeal", "USA", "ISR", lambda r: r.root == "02"),
    ("USA->Hamas appeal", "USA", "PSEREBHMS", lambda r: r.root == "02"),
    ("Hamas->ISR abduction, dated", "PSEREBHMS", "ISR",
     lambda r: r.code == "181" and r.date in ("2023-10-07", "2024-09-03")),
    ("Biden criticises Netanyahu", "USAGOV", "ISRGOV", lambda r: r.code in ("111", "112")),
    ("relatives accuse the government", "ISRCVL", "ISRGOV", lambda r: r.code == "112"),
    ("USA->EGY cooperation", "USA", "EGY", lambda r: r.root in ("03", "04")),
    ("USA->QAT cooperation", "USA", "QAT", lambda r: r.root in ("03", "04")),
    ("USAGOV->ISRGOV on Monday", "USAGOV", "ISRGOV", lambda r: r.date == "2024-09-02"),
    ("Miller disapproves of IDF troops", "USAGOV", "ISRMIL", lambda r: r.root == "11"),
]


def test_frame_of_the_seed(coder):
    pandas = pytest.importorskip("pandas", reason="pandas not installed (python3-pandas)")
    need(SEED)
    records = list(coder.code_many(json.loads(line) for line in read_lines(SEED)))
    frame = parley.to_frame(records)
    assert isinstance(frame, pandas.DataFrame)
    assert list(frame.columns) == parley.EVENT_COLUMNS
    events = [r for r in records if r["type"] == "event"]
    assert len(frame) == len(events)
    missing = []
    for desc, src, tgt, cond in SEED_EVENTS:
        rows = frame[(frame.source_code == src) & (frame.target_code == tgt)]
        if not any(cond(r) for r in rows.itertuples()):
            missing.append(desc)
    assert not missing, "seed events missing from the frame: %s" % missing


def test_frame_flattens_fields(coder):
    pytest.importorskip("pandas", reason="pandas not installed (python3-pandas)")
    records = coder.code("Israeli troops attacked Hamas fighters in Gaza on Monday.",
                         date="2024-09-03", id="f")
    frame = parley.to_frame(records)
    events = [r for r in records if r["type"] == "event"]
    assert len(frame) == len(events) >= 1
    row, ev = frame.iloc[0], events[0]
    assert row.source_code == ev["source"]["code"]
    assert row.target_text == ev["target"]["text"]
    assert row.goldstein == ev["goldstein"] and row.quad == ev["quad"]
    assert row.plover_category == (ev["plover"] or {}).get("category")
    if ev["location"]:
        assert row.location_name == ev["location"]["name"] and row.lat == ev["location"]["lat"]
    assert parley.to_frame([]).shape == (0, len(parley.EVENT_COLUMNS))


# --- pip install into a virtual environment ------------------------------

def test_pip_install_into_a_venv(tmp_path):
    """pip install --no-build-isolation ./python in a plain venv, offline: the
    installed module finds its dictionaries and codes like the command."""
    import sys
    import venv  # noqa: F401  (python3-venv)
    try:
        import ensurepip  # noqa: F401
    except ImportError:
        pytest.skip("no ensurepip (Debian: apt-get install python3-venv)")
    env_dir = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(env_dir)], check=True, capture_output=True)
    py = str(env_dir / "bin" / "python")
    env = dict(os.environ, PARLEY_BUILD=BUILD, PIP_NO_INDEX="1", PIP_DISABLE_PIP_VERSION_CHECK="1")
    for name in ("PYTHONPATH", "PARLEY_DICT", "PARLEY_DATA", "MAKEFLAGS", "MFLAGS", "MAKELEVEL"):
        env.pop(name, None)   # a plain shell, not the make that runs the tests
    r = subprocess.run([py, "-m", "pip", "install", "-q", "--no-build-isolation",
                        os.path.join(ROOT, "python")], env=env, capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr
    script = ("import json, sys, parley\n"
              "c = parley.Coder()\n"
              "assert c.dict_dir.startswith(sys.prefix), c.dict_dir\n"
              "docs = [json.loads(l) for l in open(sys.argv[1])]\n"
              "print(json.dumps(list(c.code_many(docs))))\n")
    r = subprocess.run([py, "-c", script, EXAMPLE], env=env, capture_output=True, text=True,
                       cwd=str(tmp_path))
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout) == cli_records(read_lines(EXAMPLE), tmp_path)


def test_petrarch_dictionaries_as_the_command(tmp_path):
    folder = os.path.join(SHARED, "petrarch2", "dictionaries")
    names = ["CAMEO.verbpatterns.150430.txt", "Phoenix.Countries.actors.txt",
             "Phoenix.International.actors.txt", "Phoenix.agents.txt", "Phoenix.discards.txt",
             "Phoenix.IssueCoding.txt"]
    files = [os.path.join(folder, n) for n in names]
    for f in files:
        need(f)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")   # lines of PETRARCH's files parley skips
        coder = parley.Coder(dict_files=files)
    lines = read_lines(EXAMPLE)
    args = [a for f in files for a in ("--dict-file", f)]
    cli = cli_records(lines, tmp_path, *args)
    assert cli
    assert list(coder.code_many(lines)) == cli


def test_frames_of_quotes_and_figures(coder):
    pytest.importorskip("pandas", reason="pandas not installed (python3-pandas)")
    need(SEED)
    records = list(coder.code_many(json.loads(line) for line in read_lines(SEED)))
    quotes = parley.to_frame(records, "quote")
    figures = parley.to_frame(records, "figure")
    assert list(quotes.columns) == parley.QUOTE_COLUMNS
    assert len(quotes) == sum(r["type"] == "quote" for r in records)
    assert len(figures) == sum(r["type"] == "figure" for r in records)
    miller = quotes[(quotes.speaker_code == "USAGOV") & quotes.direct]
    assert miller.content.str.startswith("We are opposed").any()
    assert (figures["count"] == 251).any() and (figures["count"] == 40786).any()
    with pytest.raises(ValueError):
        parley.to_frame(records, "events")
