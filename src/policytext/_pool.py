"""An ordered, bounded process-pool map for :meth:`policytext.Pipeline.pipe`.

Texts are grouped into batches (by count, or by characters when no count is given), at most
``2 * n_process`` batches are in flight, and results come back in input order. So a corpus larger
than memory streams through, and a consumer that stops early stops the pool.

Each worker is started once with the function to apply and the parent's tokenizer state (backend
and user terms, see :func:`policytext.tokenize._user_state`), so every worker segments like the
parent. Under the ``fork`` start method the function is inherited, not pickled (a lambda
component works); under ``spawn``/``forkserver`` it must pickle.
"""

from __future__ import annotations

import os
import pickle
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:  # pragma: no cover
    from concurrent.futures import Future

# multiprocessing and concurrent.futures are imported when a pool starts, not with policytext
# (together they are ~25 ms of import time).

StartMethod = Literal["fork", "spawn", "forkserver"]

#: Characters per batch when no batch size is given: ~0.1 s of work at 150k chars/s, so that the
#: cost of sending a batch (a few ms) stays small and the workers stay evenly loaded.
BATCH_CHARS = 20_000
#: Texts per batch at most when no batch size is given (many tiny texts).
BATCH_TEXTS_MAX = 1_000

_FN: Callable[[Any], Any] | None = None


def _init_worker(fn: Callable[[Any], Any], state: Any) -> None:
    global _FN
    from .tokenize import _restore_user_state

    _restore_user_state(state)
    _FN = fn


def _run_batch(batch: list[Any]) -> list[Any]:
    assert _FN is not None, "worker not initialised"
    return [_FN(item) for item in batch]


def cpu_count() -> int:
    """CPUs this process may run on (its affinity mask where the platform has one)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - macOS, Windows
        return os.cpu_count() or 1


def check_n_process(n_process: object) -> int:
    """``n_process`` as a worker count (``-1`` is every CPU); ``ValueError`` naming a bad value."""
    if isinstance(n_process, bool) or not isinstance(n_process, int) or (n_process < 1 and n_process != -1):
        raise ValueError(f"n_process must be a positive int or -1 (every CPU), got {n_process!r}")
    return cpu_count() if n_process == -1 else n_process


def check_batch_size(batch_size: object) -> int | None:
    if batch_size is None:
        return None
    if isinstance(batch_size, bool) or not isinstance(batch_size, int) or batch_size < 1:
        raise ValueError(f"batch_size must be a positive int or None, got {batch_size!r}")
    return batch_size


def batches(items: Iterable[Any], batch_size: int | None, size: Callable[[Any], int] = len) -> Iterator[list[Any]]:
    """Group ``items`` lazily: ``batch_size`` at a time, or up to :data:`BATCH_CHARS` characters."""
    batch: list[Any] = []
    chars = 0
    for item in items:
        batch.append(item)
        chars += size(item)
        if (len(batch) >= batch_size) if batch_size else (chars >= BATCH_CHARS or len(batch) >= BATCH_TEXTS_MAX):
            yield batch
            batch, chars = [], 0
    if batch:
        yield batch


def check_start_method(start_method: object) -> StartMethod:
    import multiprocessing

    methods = multiprocessing.get_all_start_methods()
    if start_method not in methods:
        raise ValueError(f"start_method must be one of {', '.join(methods)} on this platform, got {start_method!r}")
    return start_method  # type: ignore[return-value]


def start_method_of(start_method: StartMethod | None) -> str:
    """The start method a pool will use: ``start_method``, or the platform's default for None."""
    return _context(start_method).get_start_method()


def _context(start_method: StartMethod | None):
    import multiprocessing

    if start_method is None:
        return multiprocessing.get_context()
    return multiprocessing.get_context(check_start_method(start_method))


def ordered_map(
    fn: Callable[[Any], Any],
    batched: Iterable[list[Any]],
    *,
    n_process: int,
    start_method: StartMethod | None = None,
) -> Iterator[tuple[list[Any], list[Any]]]:
    """Apply ``fn`` to every item of every batch in ``n_process`` worker processes.

    Yields ``(batch, results)`` per batch, in input order. At most ``2 * n_process`` batches are
    in flight; an exception in a worker is raised here, and closing the iterator early shuts
    the pool down.
    """
    from concurrent.futures import ProcessPoolExecutor

    from .tokenize import _user_state

    ctx = _context(start_method)
    if ctx.get_start_method() != "fork":
        try:
            pickle.dumps(fn)
        except Exception as exc:
            raise TypeError(
                f"with the {ctx.get_start_method()!r} start method the pipeline is sent to each worker and must "
                f"pickle: use module-level functions as components, not lambdas or closures ({exc})"
            ) from None
    executor = ProcessPoolExecutor(n_process, mp_context=ctx, initializer=_init_worker, initargs=(fn, _user_state()))
    pending: deque[tuple[list[Any], Future]] = deque()
    # Forked workers share the parent's tables copy-on-write; the first submit forks them all
    # (for "fork", ProcessPoolExecutor starts every worker at once). gc.freeze() moves the
    # parent's objects out of the collector's reach first, so the workers' collections do not
    # write to (and so copy) the pages that hold them.
    freeze = ctx.get_start_method() == "fork"
    try:
        for batch in batched:
            if freeze:
                import gc

                gc.freeze()
                try:
                    future = executor.submit(_run_batch, batch)
                finally:
                    gc.unfreeze()
                    freeze = False
            else:
                future = executor.submit(_run_batch, batch)
            pending.append((batch, future))
            if len(pending) >= 2 * n_process:
                done, future = pending.popleft()
                yield done, future.result()
        while pending:
            done, future = pending.popleft()
            yield done, future.result()
    finally:
        executor.shutdown(wait=True, cancel_futures=True)
