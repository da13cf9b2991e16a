import subprocess
import sys

import policytext


def test_all_is_sorted_and_complete():
    names = policytext.__all__
    assert names == sorted(names)
    public = {n for n in dir(policytext) if not n.startswith("_") or n == "__version__"}
    modules = {n for n in public if type(getattr(policytext, n)).__name__ == "module"}
    assert set(names) == public - modules


def test_import_is_light():
    code = (
        "import sys, policytext\n"
        "heavy = [m for m in ('jieba', 'spacy', 'sklearn', 'pandas', 'numpy') if m in sys.modules]\n"
        "print(','.join(heavy))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_import_loads_submodules_on_first_use():
    code = (
        "import sys, policytext\n"
        "print(sorted(m for m in sys.modules if m.startswith('policytext.')))\n"
        "from policytext import Quantity\n"
        "print('policytext.records' in sys.modules, 'policytext.pipeline' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split("\n")[:2] == ["['policytext.errors']", "True False"]


def test_unknown_names_are_attribute_errors():
    import pytest

    with pytest.raises(AttributeError, match="no attribute 'nothing_here'"):
        policytext.nothing_here  # noqa: B018


def test_import_is_silent_with_warnings_as_errors():
    code = "import policytext; policytext.cut('新质生产力')"
    out = subprocess.run([sys.executable, "-W", "error", "-c", code], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stderr == ""
