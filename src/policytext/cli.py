"""The ``policytext`` command line.

    policytext analyze FILE... [--format json|table] [--output PATH] [--topics JSON]

Files may be UTF-8 (with or without a BOM), GB18030/GBK or UTF-16; the encoding used is reported
on stderr. A file that is missing or cannot be decoded is reported in one line and skipped; the
exit status is then 2.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from . import __version__
from .document import Document
from .errors import DecodeError, PolicyTextError
from .files import read_text
from .pipeline import analyze

__all__ = ["main"]

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_INPUT = 2


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="policytext",
        description="Turn Chinese policy documents into data: figures, formulas, keywords and structure.",
    )
    p.add_argument("--version", action="version", version=f"policytext {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    a = sub.add_parser("analyze", help="analyse documents and print what was found")
    a.add_argument("files", nargs="+", metavar="FILE", help="text files (UTF-8, GB18030/GBK or UTF-16)")
    a.add_argument("--format", choices=("json", "table"), default="table", help="output format (default: table)")
    a.add_argument("--output", "-o", metavar="PATH", help="write to PATH instead of standard output")
    a.add_argument("--topics", metavar="JSON", help="section topics as a JSON object {label: description} or a .json file")
    a.add_argument("--indent", type=int, default=1, help="JSON indentation (default: 1; -1 for one line)")
    return p


def _err(msg: str) -> None:
    print(f"policytext: {msg}", file=sys.stderr)


def _load_topics(value: str | None) -> dict[str, str] | None:
    if value is None:
        return None
    raw = Path(value).read_text(encoding="utf-8") if value.endswith(".json") and Path(value).is_file() else value
    topics = json.loads(raw)
    if not isinstance(topics, dict):
        raise ValueError("--topics must be a JSON object {label: description}")
    return topics


def _table(doc: Document, path: str, out: TextIO) -> None:
    w = out.write
    w(f"== {path}\n")
    for key in ("title", "subtitle", "author", "issuer", "doc_number", "date"):
        value = getattr(doc, key)
        if value:
            w(f"{key:<11}{value}\n")
    w(f"{'length':<11}{len(doc.text)} characters, {len(doc.sentences)} sentences\n")

    def walk(sections, depth=0):
        for s in sections:
            w(f"{'  ' * (depth + 1)}{s.heading}" + (f"  [{s.topic}]" if s.topic else "") + "\n")
            walk(s.children, depth + 1)

    if doc.sections:
        w("outline\n")
        walk(doc.sections)
    if doc.quantities:
        w(f"quantities ({len(doc.quantities)})\n")
        for q in doc.quantities:
            extra = " ".join(f"{k}={v}" for k, v in (("qualifier", q.qualifier), ("indicator", q.indicator),
                                                      ("role", q.role)) if v)
            vmax = f"–{q.value_max:g}" if q.value_max is not None else ""
            value = f"{q.value:g}" if isinstance(q.value, (int, float)) else str(q.value)
            w(f"  {q.text:<14}{q.kind:<10}{value}{vmax} {q.unit or ''} {extra}\n")
    if doc.parallels:
        w(f"parallels ({len(doc.parallels)})\n")
        for p in doc.parallels:
            w(f"  [{p.level}] " + "、".join(c.text for c in p.components) + "\n")
    if doc.abbreviations:
        w(f"abbreviations ({len(doc.abbreviations)})\n")
        for a in doc.abbreviations:
            w(f"  {a.text}" + (f" = {'、'.join(a.expansion)}" if a.expansion else "") + "\n")
    if doc.quoted:
        w(f"quoted ({len(doc.quoted)})\n")
        for q in doc.quoted:
            w(f"  {q.kind:<12}{q.text[:40]}" + (f"  — {q.speaker}" if q.speaker else "") + "\n")
    if doc.keywords:
        w("keywords   " + " ".join(k.term for k in doc.keywords) + "\n")


def _analyze(args: argparse.Namespace) -> int:
    try:
        topics = _load_topics(args.topics)
    except (ValueError, OSError) as exc:
        _err(f"error: --topics: {exc}")
        return EXIT_INPUT
    status = EXIT_OK
    docs: list[tuple[str, Document]] = []
    for name in args.files:
        try:
            text, encoding = read_text(name)
        except FileNotFoundError:
            _err(f"error: {name}: no such file")
            status = EXIT_INPUT
            continue
        except (IsADirectoryError, PermissionError) as exc:
            _err(f"error: {name}: {exc.strerror or exc}")
            status = EXIT_INPUT
            continue
        except DecodeError as exc:
            _err(f"error: {exc}")
            status = EXIT_INPUT
            continue
        _err(f"read {name} as {encoding}")
        try:
            doc = analyze(text, topics=topics)
        except PolicyTextError as exc:
            _err(f"error: {name}: {exc}")
            status = EXIT_FAILED
            continue
        doc.meta.update({"path": str(name), "encoding": encoding})
        docs.append((name, doc))

    out = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout
    try:
        if args.format == "json":
            indent = None if args.indent is not None and args.indent < 0 else args.indent
            payload = [d.to_dict() for _, d in docs]
            data = payload[0] if len(args.files) == 1 and payload else payload
            out.write(json.dumps(data, ensure_ascii=False, indent=indent) + "\n")
        else:
            for name, doc in docs:
                _table(doc, name, out)
    finally:
        if out is not sys.stdout:
            out.close()
    return status


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = _parser().parse_args(argv)
    if args.command == "analyze":
        return _analyze(args)
    return EXIT_INPUT  # pragma: no cover - argparse rejects unknown commands


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
