"""The main dictionary's tag table is cached (marshal, private directory) and read back the same."""

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

_CODE = """
import hashlib
from policytext.tokenize import word_tags
m = word_tags(user=False)
print(len(m), hashlib.md5(repr(sorted(m.items())).encode()).hexdigest())
"""


def _run(cache: Path) -> list[str]:
    env = dict(os.environ, POLICYTEXT_CACHE_DIR=str(cache))
    return subprocess.run([sys.executable, "-c", _CODE], env=env, capture_output=True, text=True,
                          check=True, timeout=120).stdout.split()


@pytest.fixture(scope="module")
def parsed():
    """The table parsed from jieba's dictionary, as keywords used to read it."""
    from policytext.tokenize import get_tokenizer

    with get_tokenizer().get_dict_file() as fh:
        parts = fh.read().decode("utf-8").split()
    table = dict(zip(parts[0::3], parts[2::3]))
    return [str(len(table)), hashlib.md5(repr(sorted(table.items())).encode()).hexdigest()]


CASES = [  # (what the cache directory holds before the run)
    pytest.param("nothing", id="first-run-writes-the-cache"),
    pytest.param("written", id="second-run-reads-the-cache"),
    pytest.param("corrupt", id="a-corrupt-cache-is-rebuilt"),
]


@pytest.mark.parametrize("state", CASES)
def test_cached_table_is_the_parsed_table(tmp_path, parsed, state):
    if state != "nothing":
        assert _run(tmp_path) == parsed
    (cached,) = tmp_path.glob("jieba-*/policytext-tags-*.marshal") if state != "nothing" else (None,)
    if state == "corrupt":
        cached.write_bytes(b"\xff\x00not marshal")
    assert _run(tmp_path) == parsed
    (cached,) = tmp_path.glob("jieba-*/policytext-tags-*.marshal")
    assert cached.stat().st_mode & 0o077 == 0  # only this user can read or replace it
