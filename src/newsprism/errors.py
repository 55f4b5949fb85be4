"""Every error newsprism raises on purpose, with a stable code and exit status.

::

    NewsprismError                 exit 1   (never raised itself)
    ├── InputError                 exit 3   the input cannot be read as an article
    │   ├── MissingInput           missing-input      no such file
    │   ├── NotAFile               not-a-file         a directory or special file
    │   ├── EmptyInput             empty-input        empty or whitespace only
    │   ├── BinaryInput            binary-input       bytes that are not text
    │   ├── NoArticleText          no-article-text    a page with no article body
    │   ├── TooLarge               too-large          over the size limit
    │   └── NotEnglish             not-english        the text is in another language
    ├── FetchError                 exit 4   a URL could not be fetched
    │   ├── Unreachable            unreachable        connection, DNS, timeout, HTTP error
    │   └── NotHTML                not-html           the URL does not serve a page
    ├── ConfigError                exit 5   a setting or a model is wrong or missing
    └── StoreError                 exit 6   the store cannot be opened, read or written

The CLI prints ``newsprism: error: <input>: <message> [<code>]`` on one line and exits
with the class's ``exit_code``; a user never sees a traceback for these. Exit 2 is
left to usage errors (an unknown option), as click and most Unix tools use it.
"""

from __future__ import annotations

__all__ = [
    "BinaryInput",
    "ConfigError",
    "EmptyInput",
    "FetchError",
    "InputError",
    "MissingInput",
    "NewsprismError",
    "NoArticleText",
    "NotAFile",
    "NotEnglish",
    "NotHTML",
    "StoreError",
    "TooLarge",
    "Unreachable",
]


class NewsprismError(Exception):
    """Base of the tree; carries the input it is about and a stable code."""

    code = "error"
    exit_code = 1

    def __init__(self, message: str, *, source: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.source = source

    def one_line(self) -> str:
        where = f"{self.source}: " if self.source else ""
        return f"{where}{self.message} [{self.code}]"


class InputError(NewsprismError):
    code = "bad-input"
    exit_code = 3


class MissingInput(InputError):
    code = "missing-input"


class NotAFile(InputError):
    code = "not-a-file"


class EmptyInput(InputError):
    code = "empty-input"


class BinaryInput(InputError):
    code = "binary-input"


class NoArticleText(InputError):
    code = "no-article-text"


class TooLarge(InputError):
    code = "too-large"


class NotEnglish(InputError):
    code = "not-english"


class FetchError(NewsprismError):
    code = "fetch-error"
    exit_code = 4


class Unreachable(FetchError):
    code = "unreachable"


class NotHTML(FetchError):
    code = "not-html"


class ConfigError(NewsprismError):
    code = "config-error"
    exit_code = 5


class StoreError(NewsprismError):
    code = "store-error"
    exit_code = 6
