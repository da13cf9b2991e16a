"""Loading shipped or user models never unpickles untrusted data.

A pickle (and joblib, dill, torch.load, ``np.load(allow_pickle=True)``, marshal) runs code or
crashes the interpreter on crafted bytes, so policytext ships no pickles and its code calls no
unpickler: models are JSON, TSV or ``.npz`` arrays read with ``allow_pickle=False``.
"""

from __future__ import annotations

import ast
import io
import zipfile
from pathlib import Path

import pytest

from policytext.data import data_path

SRC = Path(data_path("policy_dict.txt")).parents[1]
DATA = SRC / "data"
PICKLE_SUFFIXES = {".pkl", ".pickle", ".joblib", ".dill", ".pt", ".pth", ".ckpt", ".sav", ".p"}


def _looks_pickled(data: bytes) -> bool:
    """Pickle protocols 2-5 start with PROTO (0x80) and the protocol number."""
    return len(data) >= 2 and data[0] == 0x80 and 2 <= data[1] <= 5


def _members(path: Path):
    data = path.read_bytes()
    yield path.name, data
    if zipfile.is_zipfile(io.BytesIO(data)):  # .npz, zipped models
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            for name in zf.namelist():
                yield f"{path.name}:{name}", zf.read(name)


DATA_FILES = sorted(p.relative_to(DATA).as_posix() for p in DATA.rglob("*") if p.is_file()
                    and "__pycache__" not in p.parts and p.suffix != ".py")


@pytest.mark.parametrize("name", DATA_FILES)
def test_no_shipped_data_file_is_a_pickle(name):
    path = DATA / name
    assert path.suffix.lower() not in PICKLE_SUFFIXES, f"{name}: a pickle-format model"
    for member, data in _members(path):
        assert not _looks_pickled(data), f"{member} is a pickle"
        if member.endswith(".npy"):
            assert b"'descr': '|O'" not in data[:256], f"{member} holds Python objects (needs pickle)"


def test_a_pickle_is_recognised():
    import pickle

    assert _looks_pickled(pickle.dumps({"idf": [1.0]}, protocol=2))
    assert _looks_pickled(pickle.dumps({"idf": [1.0]}, protocol=5))
    assert not _looks_pickled(b'{"source": "x"}')


# -- the code: no unpickler anywhere -------------------------------------------------------------
# module attribute calls that unpickle (or unmarshal) whatever bytes they are given
FORBIDDEN_CALLS = {
    ("pickle", "load"), ("pickle", "loads"), ("pickle", "Unpickler"), ("cPickle", "load"),
    ("cPickle", "loads"), ("joblib", "load"), ("dill", "load"), ("dill", "loads"), ("torch", "load"),
    ("marshal", "load"), ("marshal", "loads"), ("shelve", "open"), ("pd", "read_pickle"),
    ("pandas", "read_pickle"), ("yaml", "load"), ("yaml", "unsafe_load"), ("cloudpickle", "loads"),
}


def _violations(source: str, filename: str) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(source, filename)):
        if isinstance(node, ast.ImportFrom) and node.module in {"pickle", "cPickle", "dill", "joblib", "marshal"}:
            found.append(f"{filename}:{node.lineno}: from {node.module} import ...")
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
            if (func.value.id, func.attr) in FORBIDDEN_CALLS:
                found.append(f"{filename}:{node.lineno}: {func.value.id}.{func.attr}()")
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        for kw in node.keywords:
            if kw.arg == "allow_pickle" and not (isinstance(kw.value, ast.Constant) and kw.value.value is False):
                found.append(f"{filename}:{node.lineno}: {name}(allow_pickle=...) not False")
        if name in {"read_pickle", "unsafe_load"}:
            found.append(f"{filename}:{node.lineno}: {name}()")
    return found


SOURCES = sorted(p.relative_to(SRC).as_posix() for p in SRC.rglob("*.py"))


@pytest.mark.parametrize("name", SOURCES)
def test_no_unpickling_in_the_code(name):
    assert _violations((SRC / name).read_text(encoding="utf-8"), name) == []


@pytest.mark.parametrize(
    "code",
    [
        "import pickle\nm = pickle.load(open('m.pkl', 'rb'))",
        "import numpy as np\na = np.load('idf.npy', allow_pickle=True)",
        "import numpy as np\nflag = True\na = np.load('idf.npz', allow_pickle=flag)",
        "import joblib\nm = joblib.load('model.joblib')",
        "from pickle import loads",
        "import pandas as pd\ndf = pd.read_pickle('x')",
    ],
    ids=["pickle-load", "np-load-allow-pickle", "allow-pickle-variable", "joblib", "from-pickle", "read-pickle"],
)
def test_the_scan_catches_unpickling(code):
    assert _violations(code, "example.py")


@pytest.mark.parametrize(
    "code",
    ["import numpy as np\na = np.load('idf.npz', allow_pickle=False)", "import json\nm = json.load(open('m.json'))"],
    ids=["np-load-safe", "json"],
)
def test_the_scan_lets_safe_loading_through(code):
    assert _violations(code, "example.py") == []


# -- jieba's dictionary cache: marshal-loaded, so never from a directory others can write ---------
def _run(code: str, **env: str) -> str:
    import os
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-c", code], env={**os.environ, **env}, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    return out.stdout.strip()


CACHE_CODE = (
    "import os, sys, policytext\n"
    "policytext.cut('发展')\n"
    "tk = sys.modules['policytext.tokenize'].get_tokenizer()\n"
    "st = os.stat(tk.tmp_dir)\n"
    "print(tk.tmp_dir, oct(st.st_mode & 0o777), os.path.isfile(os.path.join(tk.tmp_dir, 'jieba.cache')))\n"
)


def test_jieba_cache_goes_to_a_private_directory(tmp_path):
    path, mode, cached = _run(CACHE_CODE, POLICYTEXT_CACHE_DIR=str(tmp_path / "cache")).split()
    assert path.startswith(str(tmp_path / "cache" / "jieba-")) and mode == "0o700" and cached == "True"


def test_jieba_cache_falls_back_to_a_fresh_private_directory(tmp_path):
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("x")
    path, mode, _ = _run(CACHE_CODE, POLICYTEXT_CACHE_DIR=str(blocker)).split()
    assert "policytext-jieba-" in path and mode == "0o700"


def test_jieba_cache_directory_writable_by_others_is_not_used(tmp_path):
    import os
    from importlib.metadata import version

    shared = tmp_path / "shared" / f"jieba-{version('jieba')}"
    shared.mkdir(parents=True)
    os.chmod(shared, 0o777)
    path, _, _ = _run(CACHE_CODE, POLICYTEXT_CACHE_DIR=str(tmp_path / "shared")).split()
    assert not path.startswith(str(tmp_path / "shared"))
