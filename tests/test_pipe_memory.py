"""Pipeline.pipe(n_process>1): what the parent process loads, by start method (issue 8, memory)."""

import subprocess
import sys

import pytest

_CODE = """
import sys
from policytext import Pipeline
texts = ["第一篇。", "第二篇，增长5%。", "第三篇。"]
docs = list(Pipeline(keywords=False).pipe(texts, n_process=2, batch_size=1, start_method={method!r}))
print([d.text for d in docs] == texts, [len(d.quantities) for d in docs], "jieba" in sys.modules)
"""

CASES = [  # (start method, jieba loaded in the parent afterwards)
    pytest.param("spawn", False, id="spawn-parent-loads-nothing"),
    pytest.param("fork", True, id="fork-parent-loads-the-shared-tables"),
]


@pytest.mark.parametrize(("method", "parent_has_jieba"), CASES)
def test_what_the_parent_loads(method, parent_has_jieba):
    code = _CODE.format(method=method)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120)
    assert out.stdout.split() == ["True", "[0,", "1,", "0]", str(parent_has_jieba)]
