"""Griffe extension for the docs build: docstrings written for pytest and Sphinx, shown by MkDocs.

- policytext's docstrings carry doctest examples at their top level (they run under pytest), not
  in an ``Examples:`` section. Markdown would read them as nested block quotes and their output as
  links, so each top-level run of ``>>>``/``...`` lines and the output that follows it (up to a
  blank line) is fenced as a ``pycon`` code block.
- Sphinx roles (:class:`~policytext.records.Quantity`, :func:`analyze`) become inline code
  (``Quantity``, ``analyze``) instead of showing their markup.
"""

from __future__ import annotations

import re
from typing import Any

import griffe

_ROLE = re.compile(r":(?:py:)?(?:class|func|meth|mod|attr|data|exc|obj):`(~?)([^`]+)`")


def plain_roles(text: str) -> str:
    """Turn Sphinx roles into inline code (``~`` keeps the last dotted part only)."""
    return _ROLE.sub(lambda m: f"`{m.group(2).rsplit('.', 1)[-1] if m.group(1) else m.group(2)}`", text)


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
    """Fence the doctest examples and plain the Sphinx roles of every object's docstring."""

    def on_instance(self, *, node: Any, obj: griffe.Object, agent: Any, **kwargs: Any) -> None:
        if obj.docstring is None:
            return
        value = plain_roles(obj.docstring.value)
        if ">>>" in value:
            value = fence_doctests(value)
        obj.docstring.value = value
