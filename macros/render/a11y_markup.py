"""Accessibility fixes to Material's own page markup that a stylesheet cannot make (found by axe-core)."""

from __future__ import annotations

import html as html_escape
import re

_SEARCH_DIALOG = re.compile(r'<div class="md-search" data-md-component="search" role="dialog"(?![^>]*aria-label)')


def name_search_dialog(html: str, label: str = "Search") -> str:
    """The page with an accessible name on Material's search dialog (axe rule aria-dialog-name)."""
    return _SEARCH_DIALOG.sub(lambda m: f'{m.group(0)} aria-label="{html_escape.escape(label)}"', html)
