"""The closed vocabulary of figure units: what each unit a figure may name measures, so that numbers can be
written by unit and language (macros/render/numbers.py). No markup here: only what the unit means.

A figure's `unit` is typed `UnitName`, so a unit outside the vocabulary is refused where it is written
(`file:line: 'x' is not an allowed value for 'unit' (did you mean …?) [closed-vocabulary]`) and editors offer the
units from the JSON Schema. A new unit goes here, with a line in tests/test_numbers.py saying how it reads."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from macros.data.errors import did_you_mean

Quantity = Literal["percent", "money", "count"]


@dataclass(frozen=True)
class Unit:
    """What a unit measures: a percentage (of what), an amount of money (currency, scale) or a count (of what)."""

    quantity: Quantity
    scale: float = 1.0  # one of the unit, in the base unit (a dollar, a yen, a tonne, one person)
    currency: str = ""  # "USD" or "JPY", for money
    of: str = ""  # what a percentage is of, when the number says it: "GDP", "bilateral trade"
    noun: str = ""  # what a count counts, in English, plural ("seats"); singular in `singular`
    singular: str = ""
    per_year: bool = False  # a rate: "a year"
    noun_ja: str = ""  # the Japanese counter of a count: "議席", "人"


UNITS: dict[str, Unit] = {
    "percent": Unit("percent"),
    "percent a year": Unit("percent", per_year=True),
    "percent of GDP": Unit("percent", of="GDP"),
    "percent of bilateral trade": Unit("percent", of="bilateral trade"),
    "percent of the area": Unit("percent"),  # "70% of the area of the land in…" would say it twice: written "70%"
    "billion US dollars": Unit("money", 1e9, "USD"),
    "billion US dollars a year": Unit("money", 1e9, "USD", per_year=True),
    "billion yen": Unit("money", 1e9, "JPY"),
    "trillion yen": Unit("money", 1e12, "JPY"),
    "hectares": Unit("count", noun="hectares", singular="hectare", noun_ja="ヘクタール"),
    "jobs": Unit("count", noun="jobs", singular="job", noun_ja="人"),
    "Marines": Unit("count", noun="Marines", singular="Marine", noun_ja="人"),
    "personnel": Unit("count", noun="personnel", singular="personnel", noun_ja="人"),
    "million tonnes a year": Unit("count", 1e6, noun="tonnes", singular="tonne", per_year=True, noun_ja="トン"),
    "seats": Unit("count", noun="seats", singular="seat", noun_ja="議席"),
    "votes": Unit("count", noun="votes", singular="vote", noun_ja="票"),
}


def unit_of(name: str) -> Unit:
    """The vocabulary entry of a unit name; KeyError names the unknown unit and the closest known one."""
    try:
        return UNITS[name]
    except KeyError:
        hint = did_you_mean(name, UNITS)
        raise KeyError(f"unknown unit '{name}'" + (f" ({hint})" if hint else "")) from None


UnitName = Literal[tuple(UNITS)]  # type: ignore[valid-type]  # a figure's `unit`: checked, offered by the schema
