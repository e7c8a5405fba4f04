"""Numbers as readers read them: every unit of the vocabulary, in English and in Japanese; ranges; the check that
refuses a unit outside the vocabulary, at its file and line."""

from __future__ import annotations

import pytest

from macros.data.errors import DataErrors
from macros.data.load import load_atlas
from macros.data.units import UNITS, unit_of
from macros.render.numbers import format_amount, format_number, format_range

# (value, unit, English, Japanese): each unit of the vocabulary at least once
AMOUNTS = [
    (2, "percent of GDP", "2% of GDP", "GDP比2%"),
    (0.997, "percent of GDP", "0.997% of GDP", "GDP比0.997%"),
    (25, "percent", "25%", "25%"),
    (4.5, "percent a year", "4.5% a year", "年4.5%"),
    (65.5, "percent of bilateral trade", "65.5% of bilateral trade", "日米貿易額の65.5%"),
    (70.3, "percent of the area", "70.3%", "70.3%"),
    (43, "trillion yen", "¥43 trillion", "43兆円"),
    (9.9, "trillion yen", "¥9.9 trillion", "9.9兆円"),
    (550, "billion US dollars", "$550 billion", "5,500億ドル"),
    (1000, "billion US dollars", "$1 trillion", "1兆ドル"),
    (14.1, "billion US dollars", "$14.1 billion", "141億ドル"),
    (100, "billion US dollars a year", "$100 billion a year", "年1,000億ドル"),
    (188.1, "billion yen", "¥188.1 billion", "1,881億円"),
    (6.2, "billion yen", "¥6.2 billion", "62億円"),
    (1055.1, "billion yen", "¥1,055.1 billion", "1兆551億円"),
    (1234.5, "hectares", "1,234.5 hectares", "1,234.5ヘクタール"),
    (1, "jobs", "1 job", "1人"),
    (860000, "jobs", "860,000 jobs", "860,000人"),
    (9000, "Marines", "9,000 Marines", "9,000人"),
    (54000, "personnel", "54,000 personnel", "54,000人"),
    (1, "million tonnes a year", "1 million tonnes a year", "年100万トン"),
    (5.5, "million tonnes a year", "5.5 million tonnes a year", "年550万トン"),
    (1, "seats", "1 seat", "1議席"),
    (125, "seats", "125 seats", "125議席"),
    (237, "votes", "237 votes", "237票"),
]


@pytest.mark.parametrize(("value", "unit", "english", "japanese"), AMOUNTS)
def test_a_value_reads_in_its_unit_in_each_language(value, unit, english, japanese):
    assert format_amount(value, unit, "en") == english
    assert format_amount(value, unit, "ja") == japanese


def test_every_unit_of_the_vocabulary_is_tested():
    assert {unit for _, unit, _, _ in AMOUNTS} == set(UNITS)


@pytest.mark.parametrize(
    ("low", "high", "unit", "english", "japanese"),
    [
        (800, 1000, "billion US dollars", "$800 billion–$1 trillion", "8,000億ドル～1兆ドル"),
        (20, 60, "percent", "20–60%", "20～60%"),
        (1, 2, "percent of GDP", "1–2% of GDP", "GDP比1～2%"),
        (100, 120, "seats", "100–120 seats", "100～120議席"),
        (2, 3, "trillion yen", "¥2 trillion–¥3 trillion", "2兆円～3兆円"),
    ],
)
def test_a_range_names_its_unit_once_where_it_can(low, high, unit, english, japanese):
    assert format_range(low, high, unit, "en") == english
    assert format_range(low, high, unit, "ja") == japanese


def test_plain_numbers_lose_float_noise_and_trailing_zeros():
    assert [format_number(x) for x in (25.0, 1055.1 / 1000, 0.1 + 0.2, 1234567, -0.0)] == [
        "25",
        "1.0551",
        "0.3",
        "1,234,567",
        "0",
    ]


def test_the_edition_language_is_the_default(monkeypatch):
    from macros.data import language

    token = language.activate("ja")
    try:
        assert format_amount(43, "trillion yen") == "43兆円"
    finally:
        language.deactivate(token)
    assert format_amount(43, "trillion yen") == "¥43 trillion"


def test_an_unknown_unit_is_named_with_the_closest_known_one():
    with pytest.raises(KeyError, match="unknown unit 'billion dollars'.*did you mean 'billion US dollars'"):
        unit_of("billion dollars")


def test_a_figure_with_a_unit_outside_the_vocabulary_is_an_error_at_its_line(data_copy):
    path = data_copy / "data" / "figures" / "trade-deal-investment-vehicle.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("unit: billion US dollars", "unit: billion dollars", 1), encoding="utf-8")
    line = text.splitlines().index("unit: billion US dollars") + 1
    with pytest.raises(DataErrors) as caught:  # the build and `python -m macros check` stop on it
        load_atlas(data_copy)
    errors = caught.value.errors
    assert [(e.path, e.line, e.rule) for e in errors] == [(f"data/figures/{path.name}", line, "closed-vocabulary")]
    assert str(errors[0]) == (
        f"data/figures/{path.name}:{line}: 'billion dollars' is not an allowed value for 'unit'"
        " (did you mean 'billion US dollars'?) [closed-vocabulary]"
    )


def test_every_unit_the_data_uses_is_in_the_vocabulary(real_atlas):
    assert {e.model.unit for e in real_atlas.collection("figures")} <= set(UNITS)
