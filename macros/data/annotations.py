"""GitHub Actions workflow commands for data errors, so they show on the pull request."""

from __future__ import annotations

from macros.data.errors import DataError


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def github_annotation(error: DataError) -> str:
    """`::error file=…,line=…,title=…::message` for one error."""
    title = f"Atlas data check: {error.rule}" if error.rule else "Atlas data check"
    message = error.message + (f" ({error.hint})" if error.hint else "")
    return (
        f"::error file={_escape_property(error.path)},line={error.line},"
        f"title={_escape_property(title)}::{_escape_data(message)}"
    )
