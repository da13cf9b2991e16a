"""The ``policytext`` command line.

    policytext analyze PATH... [--format table|json|jsonl|csv] [--output FILE] [--jobs N]
                               [--kind KIND] [--glob PATTERN] [--topics JSON] [--[no-]progress]
                               [--include-text]
    policytext quantities FILE... [--format table|csv|jsonl]
    policytext keywords FILE... [--top-k N] [--format table|csv|jsonl]

A PATH may be a folder: every file in it matching ``--glob`` (default ``*.txt``, searched
recursively) is analysed, by ``--jobs`` worker processes, with a progress bar on stderr and a
summary at the end (documents, figures, errors). Folders default to ``--format jsonl`` (one
document per line, written as soon as it is done); ``csv`` writes one row per record of
``--kind`` (default ``quantities``) with the file's path first.

Files may be UTF-8 (with or without a BOM), GB18030/GBK or UTF-16; an encoding other than UTF-8
is reported on stderr. A file that is missing or cannot be decoded is reported in one line and
skipped (exit status 2); a file whose analysis fails is reported and skipped (exit status 1); the
other files are still written.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
import time
import unicodedata
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from . import __version__
from .document import Document
from .errors import DecodeError, PolicyTextError
from .files import read_text
from .frames import FRAME_KINDS, table_rows
from .pipeline import Pipeline

__all__ = ["main"]

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_INPUT = 2

_QUIET_ENCODINGS = frozenset({"utf-8", "utf-8-sig"})
_MAX_IN_FLIGHT_PER_JOB = 4


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="policytext",
        description="Turn Chinese policy documents into data: figures, formulas, keywords and structure.",
    )
    p.add_argument("--version", action="version", version=f"policytext {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True

    a = sub.add_parser("analyze", help="analyse documents or folders of documents",
                       description="Analyse documents (files or folders) and write what was found.")
    a.add_argument("paths", nargs="+", metavar="PATH",
                   help="text files (UTF-8, GB18030/GBK or UTF-16) or folders of them")
    a.add_argument("--format", choices=("table", "json", "jsonl", "csv"), default=None,
                   help="output format (default: table for files, jsonl when a folder is given)")
    a.add_argument("--kind", choices=sorted(FRAME_KINDS), default="quantities",
                   help="with --format csv: which records to write, one row each (default: quantities)")
    a.add_argument("--output", "-o", metavar="FILE", help="write to FILE instead of standard output")
    a.add_argument("--jobs", "-j", type=int, default=1, metavar="N",
                   help="worker processes (default: 1; 0 = one per CPU)")
    a.add_argument("--glob", default="*.txt", metavar="PATTERN",
                   help="which files of a folder to read, searched recursively (default: *.txt)")
    a.add_argument("--topics", metavar="JSON",
                   help="section topics as a JSON object {label: description} or a .json file")
    a.add_argument("--include-text", action="store_true",
                   help="with --format json/jsonl: include each text, so that Document.from_dict() "
                        "rebuilds the document whole")
    a.add_argument("--indent", type=int, default=1,
                   help="--format json indentation (default: 1; -1 for one line)")
    a.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                   help="progress bar on stderr (default: when stderr is a terminal and there are "
                        "several files)")

    q = sub.add_parser("quantities", help="list the figures of documents",
                       description="List every figure: value, unit, qualifier, indicator and section.")
    q.add_argument("paths", nargs="+", metavar="FILE", help="text files")
    q.add_argument("--format", choices=("table", "csv", "jsonl"), default="table",
                   help="output format (default: table)")
    q.add_argument("--output", "-o", metavar="FILE", help="write to FILE instead of standard output")

    k = sub.add_parser("keywords", help="list the keywords of documents",
                       description="List the top keywords of each document with their scores.")
    k.add_argument("paths", nargs="+", metavar="FILE", help="text files")
    k.add_argument("--top-k", type=int, default=20, metavar="N", help="how many keywords (default: 20)")
    k.add_argument("--format", choices=("table", "csv", "jsonl"), default="table",
                   help="output format (default: table)")
    k.add_argument("--output", "-o", metavar="FILE", help="write to FILE instead of standard output")
    return p


def _err(msg: str) -> None:
    from tqdm import tqdm

    tqdm.write(f"policytext: {msg}", file=sys.stderr)


def _load_topics(value: str | None) -> dict[str, str] | None:
    if value is None:
        return None
    is_file = value.endswith(".json") and Path(value).is_file()
    raw = Path(value).read_text(encoding="utf-8") if is_file else value
    topics = json.loads(raw)
    if not isinstance(topics, dict):
        raise ValueError("--topics must be a JSON object {label: description}")
    return topics


# -- inputs --------------------------------------------------------------------------------
def _expand(paths: Sequence[str], pattern: str) -> tuple[list[str], bool]:
    """Files to read, folders expanded (sorted); and whether any folder was given."""
    out: list[str] = []
    folder = False
    for name in paths:
        p = Path(name)
        if p.is_dir():
            folder = True
            out.extend(str(f) for f in sorted(p.rglob(pattern)) if f.is_file())
        else:
            out.append(name)
    return out, folder


@dataclass
class _Result:
    path: str
    document: Document | None = None
    encoding: str | None = None
    error: str | None = None
    status: int = EXIT_OK


_WORKER_PIPELINE: dict[tuple, Pipeline] = {}


def _work(path: str, options: dict[str, Any], topics: dict[str, str] | None) -> _Result:
    """Read and analyse one file; every failure becomes a reported result, never an exception."""
    try:
        text, encoding = read_text(path)
    except FileNotFoundError:
        return _Result(path, error="no such file", status=EXIT_INPUT)
    except (IsADirectoryError, PermissionError) as exc:
        return _Result(path, error=str(exc.strerror or exc), status=EXIT_INPUT)
    except DecodeError as exc:
        return _Result(path, error=str(exc).removeprefix(f"{path}: "), status=EXIT_INPUT)
    except OSError as exc:
        return _Result(path, error=str(exc.strerror or exc), status=EXIT_INPUT)
    key = tuple(sorted(options.items()))
    nlp = _WORKER_PIPELINE.get(key)
    if nlp is None:
        nlp = _WORKER_PIPELINE[key] = Pipeline(**options)
    try:
        doc = nlp(text, topics=topics)
    except PolicyTextError as exc:
        return _Result(path, encoding=encoding, error=str(exc), status=EXIT_FAILED)
    except Exception as exc:  # noqa: BLE001 - one bad document must not lose the run
        return _Result(path, encoding=encoding, error=f"analysis failed ({type(exc).__name__}: {exc})",
                       status=EXIT_FAILED)
    doc.meta.update({"path": path, "encoding": encoding})
    return _Result(path, document=doc, encoding=encoding)


def _results(files: list[str], options: dict[str, Any], topics, jobs: int) -> Iterator[_Result]:
    """Results in input order; with several jobs, a bounded number of files in flight."""
    if jobs <= 1 or len(files) <= 1:
        for f in files:
            yield _work(f, options, topics)
        return
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        pending = []
        it = iter(files)
        for f in it:
            pending.append((f, pool.submit(_work, f, options, topics)))
            if len(pending) >= jobs * _MAX_IN_FLIGHT_PER_JOB:
                break
        while pending:
            f, fut = pending.pop(0)
            try:
                yield fut.result()
            except Exception as exc:  # noqa: BLE001 - a worker that died takes only its file
                yield _Result(f, error=f"worker failed ({type(exc).__name__}: {exc})", status=EXIT_FAILED)
            nxt = next(it, None)
            if nxt is not None:
                pending.append((nxt, pool.submit(_work, nxt, options, topics)))


# -- outputs -------------------------------------------------------------------------------
def _width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def _pad(s: Any, width: int) -> str:
    s = "" if s is None else str(s)
    return s + " " * max(0, width - _width(s))


def _cell(value: Any) -> Any:
    if isinstance(value, (list, tuple, dict)):
        return json.dumps(value, ensure_ascii=False)
    return value


class _CsvOut:
    def __init__(self, out: TextIO, kind: str):
        self.kind = kind
        self.writer = csv.writer(out)
        self.writer.writerow(["path", *FRAME_KINDS[kind]])

    def write(self, doc: Document, path: str) -> None:
        cols = FRAME_KINDS[self.kind]
        for row in table_rows(doc, self.kind):  # type: ignore[arg-type]
            self.writer.writerow([path, *(_cell(row.get(c)) for c in cols)])


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
            w(f"  {_pad(q.text, 14)}{q.kind:<10}{value}{vmax} {q.unit or ''} {extra}".rstrip() + "\n")
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


def _rows_table(rows: list[dict[str, Any]], columns: Sequence[str], out: TextIO) -> None:
    """An aligned text table (CJK characters count double), values shortened to 30 columns;
    columns empty in every row are left out."""
    def fmt(v: Any) -> str:
        if v is None:
            return ""
        if isinstance(v, float):
            v = f"{v:.4g}" if not v.is_integer() or abs(v) >= 1e15 else f"{int(v)}"
        s = "、".join(map(str, v)) if isinstance(v, list) else str(v)
        s = " ".join(s.split())
        return s if _width(s) <= 30 else s[:14] + "…"

    cells = [[fmt(r.get(c)) for c in columns] for r in rows]
    keep = [i for i, c in enumerate(columns) if any(row[i] for row in cells)]  # drop empty columns
    columns = [columns[i] for i in keep]
    cells = [[row[i] for i in keep] for row in cells]
    widths = [max([_width(c), *(_width(row[i]) for row in cells)]) for i, c in enumerate(columns)]
    out.write("  ".join(_pad(c, w) for c, w in zip(columns, widths)).rstrip() + "\n")
    for row in cells:
        out.write("  ".join(_pad(v, w) for v, w in zip(row, widths)).rstrip() + "\n")


def _open_output(name: str | None) -> TextIO:
    if not name:
        return sys.stdout
    return open(name, "w", encoding="utf-8", newline="")


# -- commands ------------------------------------------------------------------------------
def _progress(flag: bool | None, n: int):
    from tqdm import tqdm

    disable = (not sys.stderr.isatty() or n < 2) if flag is None else not flag
    return tqdm(total=n, unit="doc", file=sys.stderr, disable=disable, dynamic_ncols=True)


def _run(files: list[str], options: dict[str, Any], topics, jobs: int, progress: bool | None,
         announce: bool) -> Iterator[_Result]:
    """Results in order, errors reported as they come, a progress bar over the run."""
    bar = _progress(progress, len(files))
    try:
        for r in _results(files, options, topics, jobs):
            bar.update(1)
            if r.error:
                _err(f"error: {r.path}: {r.error}")
            elif r.encoding and (announce or r.encoding not in _QUIET_ENCODINGS):
                _err(f"read {r.path} as {r.encoding}")
            yield r
    finally:
        bar.close()


def _payload(doc: Document, include_text: bool) -> dict[str, Any]:
    data = doc.to_dict()
    return {"text": doc.text, **data} if include_text else data


def _analyze(args: argparse.Namespace) -> int:
    try:
        topics = _load_topics(args.topics)
    except (ValueError, OSError) as exc:
        _err(f"error: --topics: {exc}")
        return EXIT_INPUT
    if args.jobs < 0:
        _err(f"error: --jobs must be 0 (one per CPU) or more, got {args.jobs}")
        return EXIT_INPUT
    jobs = args.jobs or os.cpu_count() or 1
    files, folder = _expand(args.paths, args.glob)
    fmt = args.format or ("jsonl" if folder else "table")
    if not files:
        _err(f"error: no files matching {args.glob!r} in {', '.join(args.paths)}")
        return EXIT_INPUT
    summary = folder or len(files) > 1
    started = time.perf_counter()
    try:
        out = _open_output(args.output)
    except OSError as exc:
        _err(f"error: --output {args.output}: {exc.strerror or exc}")
        return EXIT_INPUT
    status = EXIT_OK
    n_docs = n_figures = n_errors = 0
    docs: list[Document] = []
    try:
        writer = _CsvOut(out, args.kind) if fmt == "csv" else None
        for r in _run(files, {}, topics, jobs, args.progress, announce=not summary):
            if r.document is None:
                status = max(status, r.status)
                n_errors += 1
                continue
            n_docs += 1
            n_figures += len(r.document.quantities)
            if fmt == "jsonl":
                out.write(json.dumps(_payload(r.document, args.include_text), ensure_ascii=False) + "\n")
                out.flush()
            elif writer is not None:
                writer.write(r.document, r.path)
                out.flush()
            elif fmt == "table":
                _table(r.document, r.path, out)
            else:
                docs.append(r.document)
        if fmt == "json":
            indent = None if args.indent is not None and args.indent < 0 else args.indent
            payload = [_payload(d, args.include_text) for d in docs]
            data = payload[0] if len(files) == 1 and not folder and payload else payload
            out.write(json.dumps(data, ensure_ascii=False, indent=indent) + "\n")
    finally:
        if out is not sys.stdout:
            out.close()
    if summary:
        seconds = time.perf_counter() - started
        _err(f"{n_docs:,} document{'s' if n_docs != 1 else ''}, {n_figures:,} figures, "
             f"{n_errors:,} error{'s' if n_errors != 1 else ''} in {seconds:.1f} s"
             + (f"; written to {args.output}" if args.output else ""))
    return status


def _quick(args: argparse.Namespace, kind: str, options: dict[str, Any], columns: Sequence[str]) -> int:
    try:
        out = _open_output(args.output)
    except OSError as exc:
        _err(f"error: --output {args.output}: {exc.strerror or exc}")
        return EXIT_INPUT
    status = EXIT_OK
    try:
        writer = None
        if args.format == "csv":
            writer = csv.writer(out)
            writer.writerow(["path", *columns])
        for r in _run(list(args.paths), options, None, 1, False, announce=False):
            if r.document is None:
                status = max(status, r.status)
                continue
            rows = table_rows(r.document, kind)  # type: ignore[arg-type]
            if writer is not None:
                for row in rows:
                    writer.writerow([r.path, *(_cell(row.get(c)) for c in columns)])
            elif args.format == "jsonl":
                for row in rows:
                    out.write(json.dumps({"path": r.path, **{c: row.get(c) for c in columns}},
                                         ensure_ascii=False) + "\n")
            else:
                if len(args.paths) > 1:
                    out.write(f"== {r.path}\n")
                if rows:
                    _rows_table(rows, columns, out)
                else:
                    out.write(f"(no {kind} found)\n")
    finally:
        if out is not sys.stdout:
            out.close()
    return status


_QUANTITY_COLUMNS = ("text", "kind", "value", "value_max", "unit", "qualifier", "indicator", "time", "role",
                     "start", "end", "section")


def _quantities(args: argparse.Namespace) -> int:
    return _quick(args, "quantities", {"slogans": False, "keywords": False}, _QUANTITY_COLUMNS)


def _keywords(args: argparse.Namespace) -> int:
    if args.top_k < 1:
        _err(f"error: --top-k must be at least 1, got {args.top_k}")
        return EXIT_INPUT
    options = {"sections": False, "quantities": False, "slogans": False, "top_k": args.top_k}
    return _quick(args, "keywords", options, FRAME_KINDS["keywords"])


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status.

    >>> main(["keywords", "no-such-file.txt"])
    2
    """
    args = _parser().parse_args(argv)
    commands = {"analyze": _analyze, "quantities": _quantities, "keywords": _keywords}
    try:
        return commands[args.command](args)
    except BrokenPipeError:  # e.g. `policytext analyze DIR --format csv | head`
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
