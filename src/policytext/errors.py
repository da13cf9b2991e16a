"""Errors raised by policytext.

The library's own failures derive from one base class::

    PolicyTextError
    ├── DataFileError        a shipped or user data file is missing or malformed
    ├── DecodeError          a file's bytes could not be decoded (names the file and the offset)
    ├── NotFittedError       an estimator used before ``fit`` (also a sklearn ``NotFittedError``
    │                        when scikit-learn is importable; see ``policytext.errors.NotFittedError``)
    └── ModelError           a stored model cannot be loaded (wrong format or version)

Bad arguments raise the built-in ``TypeError`` or ``ValueError`` with a message that names what
was given. A missing optional dependency raises ``ImportError`` with the install hint.
"""

from __future__ import annotations

__all__ = [
    "DataFileError",
    "DecodeError",
    "ModelError",
    "NotFittedError",
    "PolicyTextError",
    "require",
]


class PolicyTextError(Exception):
    """Base class for every error policytext raises on its own account."""


class DataFileError(PolicyTextError):
    """A data file (lexicon, pattern table, model) is missing or malformed."""


class DecodeError(PolicyTextError, UnicodeError):
    """The bytes of a file could not be decoded with any supported encoding.

    Attributes:
        path: the file that failed.
        offset: byte offset of the first undecodable byte, as far as it is known.
    """

    def __init__(self, message: str, *, path: str | None = None, offset: int | None = None):
        super().__init__(message)
        self.path = path
        self.offset = offset


class ModelError(PolicyTextError):
    """A stored model could not be loaded."""


class NotFittedError(PolicyTextError, ValueError, AttributeError):
    """An estimator was used before ``fit``.

    It derives from ``ValueError`` and ``AttributeError`` like scikit-learn's own
    ``NotFittedError``; estimators in policytext raise scikit-learn's class (which
    ``check_is_fitted`` uses) so that ``except sklearn.exceptions.NotFittedError`` works.
    """


def require(module: str, extra: str):
    """Import an optional dependency or raise ``ImportError`` with the install hint.

    >>> require("json", "test").__name__
    'json'
    """
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ImportError(
            f"{module} is needed for this feature; install it with: pip install 'policytext[{extra}]'"
        ) from exc
