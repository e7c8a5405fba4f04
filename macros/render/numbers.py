"""Numbers as readers read them, by unit and language: "2% of GDP", "¥43 trillion", "$800 billion–$1 trillion",
"20–60%"; in Japanese 43兆円, 5,500億ドル, GDP比2%, 20～60%. The one formatter of prose, tables, charts and JSON-LD.

Plain text, no markup: callers escape it as they escape any text.
"""

from __future__ import annotations

from macros.data import language
from macros.data.units import Unit, unit_of

_OF_EN = {"GDP": "of GDP", "bilateral trade": "of bilateral trade"}
_OF_JA = {"GDP": "GDP比{n}", "bilateral trade": "日米貿易額の{n}"}
_SYMBOL = {"USD": "$", "JPY": "¥"}
_CURRENCY_JA = {"USD": "ドル", "JPY": "円"}
_SCALES_EN = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))
_SCALES_JA = ((1e12, "兆"), (1e8, "億"), (1e4, "万"))


def format_number(value: float, decimals: int = 4) -> str:
    """`68.5`, `1,000`, `0.997`: thousands separated, no trailing zeros, float noise rounded away."""
    text = f"{round(float(value), decimals):,.{decimals}f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _lang(lang: str | None) -> str:
    return lang or language.current()


def _clean(x: float, decimals: int) -> bool:
    """Whether `x` has at most `decimals` decimal places (up to float noise)."""
    return abs(round(x, decimals) - x) < 1e-9 * max(1.0, abs(x))


def _scaled_en(base: float) -> tuple[str, str]:
    """(number, scale word): 1.2e12 → ('1.2', 'trillion'); 1.0551e12 → ('1,055.1', 'billion'), the largest scale
    that keeps the number within two decimals."""
    scales = [(size, word) for size, word in _SCALES_EN if abs(base) >= size]
    for size, word in scales:
        if _clean(base / size, 2):
            return format_number(base / size), word
    if scales:
        return format_number(base / scales[0][0]), scales[0][1]
    return format_number(base), ""


def _scaled_ja(base: float) -> str:
    """A number with Japanese myriad scales: 5.5e11 → '5,500億', 1.0551e12 → '1兆551億', 9.9e12 → '9.9兆'."""
    sign, n = ("-" if base < 0 else ""), abs(base)
    for i, (size, word) in enumerate(_SCALES_JA):
        if n < size:
            continue
        whole = n / size
        if _clean(whole, 1):
            return sign + format_number(whole) + word
        if i + 1 < len(_SCALES_JA):
            lower, lower_word = _SCALES_JA[i + 1]
            head = int(whole)
            rest = (n - head * size) / lower
            if _clean(rest, 1):
                return f"{sign}{head:,}{word}{format_number(rest)}{lower_word}" if rest else f"{sign}{head:,}{word}"
        return sign + format_number(whole) + word
    return sign + format_number(n)


def _percent(number: str, unit: Unit, lang: str) -> str:
    if lang == "ja":
        text = _OF_JA[unit.of].format(n=f"{number}%") if unit.of else f"{number}%"
        return f"年{text}" if unit.per_year else text
    text = f"{number}%" + (f" {_OF_EN[unit.of]}" if unit.of else "")
    return text + (" a year" if unit.per_year else "")


def _money(value: float, unit: Unit, lang: str) -> str:
    base = value * unit.scale
    if lang == "ja":
        text = _scaled_ja(base) + _CURRENCY_JA[unit.currency]
        return f"年{text}" if unit.per_year else text
    number, word = _scaled_en(base)
    sign, number = ("-", number[1:]) if number.startswith("-") else ("", number)
    text = f"{sign}{_SYMBOL[unit.currency]}{number}" + (f" {word}" if word else "")
    return text + (" a year" if unit.per_year else "")


def _count(value: float, unit: Unit, lang: str) -> str:
    base = value * unit.scale
    if lang == "ja":
        text = (_scaled_ja(base) if unit.scale > 1 else format_number(base)) + unit.noun_ja
        return f"年{text}" if unit.per_year else text
    number, word = _scaled_en(base) if unit.scale > 1 else (format_number(base), "")
    noun = unit.singular if base == 1 and not word else unit.noun
    text = " ".join(p for p in (number, word, noun) if p)
    return text + (" a year" if unit.per_year else "")


_FORMATS = {"percent": lambda v, u, lang: _percent(format_number(v), u, lang), "money": _money, "count": _count}


def format_amount(value: float, unit: str, lang: str | None = None) -> str:
    """One value in its unit: '2% of GDP', '¥43 trillion', '54,000 personnel'; 'GDP比2%', '43兆円', '54,000人'."""
    spec = unit_of(unit)
    return _FORMATS[spec.quantity](value, spec, _lang(lang))


def format_range(low: float, high: float, unit: str, lang: str | None = None) -> str:
    """Two values as a range: '20–60%', '$800 billion–$1 trillion', '100–120 seats'; '20～60%', 'GDP比1～2%'."""
    spec, lang = unit_of(unit), _lang(lang)
    dash = "～" if lang == "ja" else "–"
    if spec.quantity == "percent":  # the sign and what it is of, once: 20–60%, GDP比1～2%
        return _percent(f"{format_number(low)}{dash}{format_number(high)}", spec, lang)
    if spec.quantity == "count" and spec.scale == 1:
        number = f"{format_number(low)}{dash}{format_number(high)}"
        return number + spec.noun_ja if lang == "ja" else f"{number} {spec.noun}"
    return f"{format_amount(low, unit, lang)}{dash}{format_amount(high, unit, lang)}"


def format_tick(value: float, unit: str, lang: str | None = None) -> str:
    """A number on a chart's axis, in the figure's unit (the axis names the unit): '1,000', '2.5'."""
    return format_number(value, 2)
