"""Griffe extension for the docs build: show bare ``>>>`` examples in docstrings as code.

policytext's docstrings carry doctest examples at their top level (they run under pytest), not in
an ``Examples:`` section. Markdown would read them as nested block quotes and their output as
links, so this fences each top-level run of ``>>>``/``...`` lines and the output that follows it
(up to a blank line) as a ``pycon`` code block.
"""

from __future__ import annotations

from typing import Any

import griffe


def fence_doctests(text: str) -> str:
    """Wrap top-level doctest blocks of a docstring in ```pycon fences."""
    out: list[str] = []
    inside = False
    for line in text.splitlines():
        if not inside and line.startswith(">>>"):
            out.append("```pycon")
            inside = True
        elif inside and not line.strip():
            out.append("```")
            inside = False
        out.append(line)
    if inside:
        out.append("```")
    return "\n".join(out)


class FenceDoctests(griffe.Extension):
    """Fence the doctest examples of every object's docstring."""

    def on_instance(self, *, node: Any, obj: griffe.Object, agent: Any, **kwargs: Any) -> None:
        if obj.docstring is not None and ">>>" in obj.docstring.value:
            obj.docstring.value = fence_doctests(obj.docstring.value)
