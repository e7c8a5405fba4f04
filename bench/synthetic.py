"""A valid synthetic dataset of N records with realistic cross-references, for benchmarks.

Shares follow the real data: many sources, each cited at least once (a few cited very often);
people with roles at organizations; events with participants, some inside a larger event;
commitments with dated status histories; figures with sourced values; a two-level topic tree;
quotes; and a glossary whose terms occur in the text. The same `n` and `seed` give the same data.
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path
from typing import Any

import yaml

from macros.data.schema_comment import GLOSSARY as GLOSSARY_SCHEMA, schema_comment
from macros.data.vocab import (
    DECLARATION_STATUSES,
    DIMENSIONS,
    AgreementKind,
    CommitmentBasis,
    Country,
    DateMeaning,
    EventKind,
    OrgKind,
    Reliability,
    SourceKind,
    Status,
    choices,
)

SHARES = {
    "sources": 0.26,
    "people": 0.14,
    "organizations": 0.09,
    "agreements": 0.05,
    "events": 0.14,
    "commitments": 0.13,
    "figures": 0.05,
    "quotes": 0.14,
}
"""Each collection's share of the records that are not topics."""

GLOSSARY = {
    "LNG": "liquefied natural gas",
    "SCC": "Security Consultative Committee",
    "FOIP": "Free and Open Indo-Pacific",
    "SDF": "Self-Defense Forces",
    "USFJ": "United States Forces Japan",
    "GDP": "gross domestic product",
    "FDI": "foreign direct investment",
    "MOFA": "Ministry of Foreign Affairs",
    "METI": "Ministry of Economy, Trade and Industry",
    "MOD": "Ministry of Defense",
    "LDP": "Liberal Democratic Party",
    "DPRK": "Democratic People's Republic of Korea",
    "PRC": "People's Republic of China",
    "ROK": "Republic of Korea",
    "ASEAN": "Association of Southeast Asian Nations",
    "Quad": "Quadrilateral Security Dialogue",
    "IPEF": "Indo-Pacific Economic Framework",
    "CFIUS": "Committee on Foreign Investment in the United States",
    "JBIC": "Japan Bank for International Cooperation",
    "NEXI": "Nippon Export and Investment Insurance",
    "USTR": "United States Trade Representative",
    "NSS": "National Security Strategy",
    "NDS": "National Defense Strategy",
    "DBP": "Defense Buildup Program",
    "FMS": "Foreign Military Sales",
    "BMD": "ballistic missile defense",
    "ISR": "intelligence, surveillance and reconnaissance",
    "EEZ": "exclusive economic zone",
    "G7": "Group of Seven",
    "APEC": "Asia-Pacific Economic Cooperation",
    "WTO": "World Trade Organization",
    "RIMPAC": "Rim of the Pacific Exercise",
    "AUKUS": "Australia, United Kingdom and United States partnership",
    "SACO": "Special Action Committee on Okinawa",
    "HNS": "host nation support",
    "JSDF": "Japan Self-Defense Forces",
    "JASDF": "Japan Air Self-Defense Force",
    "JMSDF": "Japan Maritime Self-Defense Force",
    "JGSDF": "Japan Ground Self-Defense Force",
    "CHIPS": "Creating Helpful Incentives to Produce Semiconductors",
}
_WORDS = (
    "alliance deterrence security cooperation investment tariff trade energy defense budget minister summit "
    "statement treaty agreement framework dialogue strategy island strait region partners coalition exercise "
    "industry semiconductor supply chain minerals reactor nuclear missile command control presence training "
    "equipment procurement export controls technology research space cyber maritime coast guard port base "
    "relocation realignment host support cost sharing negotiation delegation visit meeting talks announcement "
    "report analysis press conference remarks pledge target fiscal year plan review committee council office "
    "government cabinet parliament election coalition party leader candidate vote majority opposition reform "
    "economy growth jobs factory plant steel automobile agriculture purchase contract shipment volume price "
    "market currency exchange rate deficit surplus balance forecast estimate figure share percentage total "
    "joint bilateral trilateral multilateral regional global stability peace prosperity order rules law "
    "sovereignty territory waters airspace patrol incursion vessel aircraft radar satellite launch test "
    "sanctions abductions denuclearization humanitarian disaster relief resilience infrastructure financing "
    "loan bank fund vehicle project pipeline terminal capacity demand supply reserve stockpile critical"
).split()
_FAMILY_JA = (
    "Tanaka Suzuki Takahashi Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada Sasaki "
    "Yamaguchi Matsumoto Inoue Kimura Hayashi Shimizu Yamazaki Mori Abe Ikeda Hashimoto Ishikawa "
    "Ogawa Fujita Okada Goto Hasegawa Murakami Kondo Ishii Saito Sakamoto Endo Aoki Fujii Nishimura"
).split()
_GIVEN_JA = (
    "Hiroshi Takashi Akira Kenji Makoto Yuki Naoko Yoko Keiko Shigeru Fumio Yoshihide Taro Ichiro "
    "Sanae Yoshimasa Takeshi Koichi Katsunobu Hayashi Rie Emi Kaori Daisuke Masahiro Toshimitsu"
).split()
_FAMILY_US = (
    "Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore Martin "
    "Jackson Thompson White Harris Clark Lewis Robinson Walker Young Allen King Wright Scott Hill "
    "Green Adams Baker Nelson Carter Mitchell Roberts Turner Phillips Campbell Parker Evans"
).split()
_GIVEN_US = (
    "James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William Barbara Richard "
    "Susan Joseph Jessica Thomas Sarah Charles Karen Daniel Nancy Matthew Lisa Anthony Betty"
).split()
_KANJI = "田中鈴木高橋渡辺伊藤山本村小林加吉佐々口松井上木森安倍池橋石川岡後藤長谷近斎坂遠青西"
_KANA = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン"
_ORG_WORDS = (
    "Council Agency Institute Ministry Office Bureau Corporation Holdings Industries Partners "
    "Forum Group Association Commission Authority Foundation Bank Energy Steel Shipbuilding"
).split()
_PUBLISHERS = (
    "Kyodo News",
    "Jiji Press",
    "The Japan Times",
    "Nikkei Asia",
    "Reuters",
    "Associated Press",
    "Prime Minister's Office of Japan",
    "U.S. Department of State",
    "The White House",
    "Ministry of Foreign Affairs of Japan",
    "Yomiuri Shimbun",
    "Asahi Shimbun",
    "NHK World",
    "Congressional Research Service",
    "Center for Strategic and International Studies",
)
_UNITS = ("trillion yen", "billion US dollars", "percent of GDP", "million tonnes a year", "seats", "jobs", "percent")  # from macros/data/units.py


class _Dumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):  # type: ignore[misc]
    """Plain YAML: never anchors and aliases (the Atlas loader refuses them)."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def plan_counts(n: int) -> dict[str, int]:
    """How many records of each collection make up `n` (topics: three dimensions and their sub-topics)."""
    if n < 30:
        raise ValueError("the synthetic dataset needs at least 30 records")
    counts = {"topics": 3 + min(60, max(3, n // 150))}
    rest = n - counts["topics"]
    for collection, share in SHARES.items():
        counts[collection] = max(2, int(rest * share))
    counts["sources"] += n - sum(counts.values())
    return counts


class _Generator:
    """Draws every record from one seeded random stream."""

    def __init__(self, n: int, seed: int):
        self.rng = random.Random(seed)
        self.counts = plan_counts(n)
        self.ids: dict[str, list[str]] = {}
        self.cited: set[str] = set()
        self.next_source = 0

    # -- text ------------------------------------------------------------

    def sentence(self, low: int = 9, high: int = 20) -> str:
        words = [self.rng.choice(_WORDS) for _ in range(self.rng.randint(low, high))]
        if self.rng.random() < 0.35:
            words.insert(self.rng.randrange(len(words)), self.rng.choice(list(GLOSSARY)))
        if self.rng.random() < 0.3:
            words.insert(self.rng.randrange(len(words)), str(self.rng.randint(1990, 2025)))
        text = " ".join(words)
        return text[0].upper() + text[1:] + "."

    def summary(self, sentences: tuple[int, int] = (2, 3)) -> str:
        return " ".join(self.sentence() for _ in range(self.rng.randint(*sentences)))

    def title(self, low: int = 3, high: int = 7) -> str:
        return " ".join(self.rng.choice(_WORDS) for _ in range(self.rng.randint(low, high))).capitalize()

    def ja(self, length: int = 4) -> str:
        return "".join(self.rng.choice(_KANJI + _KANA) for _ in range(length))

    def date(self, start: int = 1995, end: int = 2025) -> dt.date:
        first, last = dt.date(start, 1, 1).toordinal(), dt.date(end, 12, 31).toordinal()
        return dt.date.fromordinal(self.rng.randint(first, last))

    # -- references ------------------------------------------------------

    def sources(self, extra: tuple[int, int] = (0, 3)) -> list[str]:
        """One source in turn (so every source is cited), plus a few, often popular ones."""
        pool = self.ids["sources"]
        chosen = [pool[self.next_source % len(pool)]]
        self.next_source += 1
        popular = pool[: max(1, len(pool) // 50)]
        for _ in range(self.rng.randint(*extra)):
            chosen.append(self.rng.choice(popular if self.rng.random() < 0.3 else pool))
        chosen = list(dict.fromkeys(chosen))
        self.cited.update(chosen)
        return chosen

    def some(self, collection: str, low: int, high: int, exclude: str = "") -> list[str]:
        pool = self.ids.get(collection, [])
        k = min(len(pool), self.rng.randint(low, high))
        return [i for i in dict.fromkeys(self.rng.sample(pool, k)) if i != exclude]

    def topics(self) -> list[str]:
        pool = self.ids["topics"]
        picks = [self.rng.choice(pool[3:] or pool)]
        if self.rng.random() < 0.25:
            picks.append(self.rng.choice(pool))
        return list(dict.fromkeys(picks))

    def see_also(self, own: str) -> list[str]:
        refs = []
        for _ in range(self.rng.choice((0, 0, 1, 2))):
            collection = self.rng.choice(("people", "organizations", "events", "agreements", "commitments"))
            target = self.rng.choice(self.ids[collection])
            if f"{collection}/{target}" != own:
                refs.append(f"{collection}/{target}")
        return list(dict.fromkeys(refs))

    def common(self, own: str, topics: bool = True) -> dict[str, Any]:
        data: dict[str, Any] = {"summary": self.summary(), "sources": self.sources()}
        if topics:
            data["topics"] = self.topics()
        if also := self.see_also(own):
            data["see_also"] = also
        if self.rng.random() < 0.03:
            data["discrepancies"] = [{"note": self.sentence(), "sources": self.sources((1, 1))}]
        return data

    # -- collections -----------------------------------------------------

    def make_ids(self) -> None:
        for collection, count in self.counts.items():
            if collection == "topics":
                subs = [f"{self.rng.choice(_WORDS)}-{self.rng.choice(_WORDS)}-{i}" for i in range(count - 3)]
                self.ids[collection] = [*DIMENSIONS, *subs]
            elif collection == "people":
                self.ids[collection] = [self.person_name(i)[0] for i in range(count)]
            else:
                stem = {
                    "sources": "report",
                    "organizations": "org",
                    "agreements": "agreement",
                    "events": "event",
                    "commitments": "pledge",
                    "figures": "figure",
                    "quotes": "quote",
                }[collection]
                self.ids[collection] = [f"{stem}-{self.rng.choice(_WORDS)}-{i}" for i in range(count)]

    def person_name(self, i: int) -> tuple[str, str, str, str]:
        """(id, English name, alias, Japanese name or '') of the i-th person, independent of draw order."""
        local = random.Random(i)
        if i % 2 == 0:
            family, given = local.choice(_FAMILY_JA), local.choice(_GIVEN_JA)
            ja = "".join(local.choice(_KANJI) for _ in range(3))
            return f"{family}-{given}-{i}".lower(), f"{family} {given}", f"{given} {family}", ja
        family, given = local.choice(_FAMILY_US), local.choice(_GIVEN_US)
        return f"{given}-{family}-{i}".lower(), f"{given} {family}", f"{given[0]}. {family}", ""

    def source(self, i: int, record_id: str) -> dict[str, Any]:
        day = self.date(2000)
        data: dict[str, Any] = {
            "title": self.title(4, 10),
            "publisher": self.rng.choice(_PUBLISHERS),
            "date": day.isoformat(),
            "kind": self.rng.choice(choices(SourceKind)),
            "reliability": self.rng.choice(choices(Reliability)),
            "language": "en",
            "summary": self.summary((1, 2)),
        }
        if self.rng.random() < 0.9:
            data["url"] = f"https://news.example.org/{day.year}/{record_id}"
        if self.rng.random() < 0.3:
            data["author"] = f"{self.rng.choice(_GIVEN_US)} {self.rng.choice(_FAMILY_US)}"
        if self.rng.random() < 0.15:
            data["language"] = "ja"
            data["note"] = self.sentence()
        return data

    def person(self, i: int, record_id: str) -> dict[str, Any]:
        _, name, alias, ja = self.person_name(i)
        data: dict[str, Any] = {"name": {"en": name, "aliases": [alias]}}
        if ja:
            data["name"]["ja"] = ja
            data["country"] = "japan"
        else:
            data["country"] = "united-states"
        born = self.date(1930, 1985)
        data["born"] = born.isoformat()
        roles = []
        start = self.date(born.year + 25, 2020)
        for _ in range(self.rng.randint(1, 3)):
            end = start + dt.timedelta(days=self.rng.randint(200, 2000))
            role = {
                "title": self.title(2, 4),
                "organization": self.rng.choice(self.ids["organizations"]),
                "start": start.isoformat()[:7],
                "sources": self.sources((0, 1)),
            }
            if end.year <= 2025:
                role["end"] = end.isoformat()[:7]
            roles.append(role)
            start = end
            if start.year > 2025:
                break
        data["roles"] = roles
        return {**data, **self.common(f"people/{record_id}")}

    def organization(self, i: int, record_id: str) -> dict[str, Any]:
        ids = self.ids["organizations"]
        data: dict[str, Any] = {
            "name": {"en": f"{self.title(1, 3)} {self.rng.choice(_ORG_WORDS)}"},
            "kind": self.rng.choice(choices(OrgKind)),
            "country": self.rng.choice(choices(Country)),
        }
        if self.rng.random() < 0.5:
            data["name"]["ja"] = self.ja(5)
        if self.rng.random() < 0.3:
            data["name"]["short"] = "".join(w[0] for w in data["name"]["en"].split()).upper()
        if i > 0 and self.rng.random() < 0.4:
            data["parent"] = ids[self.rng.randrange(i)]  # an earlier one: no cycles
        if self.rng.random() < 0.1:
            data["members"] = self.some("organizations", 2, 5, exclude=record_id)
        if self.rng.random() < 0.6:
            data["founded"] = str(self.rng.randint(1900, 2020))
        return {**data, **self.common(f"organizations/{record_id}")}

    def agreement(self, i: int, record_id: str) -> dict[str, Any]:
        data: dict[str, Any] = {
            "title": self.title(3, 8),
            "kind": self.rng.choice(choices(AgreementKind)),
            "date": self.date().isoformat(),
            "date_meaning": self.rng.choice(choices(DateMeaning)),
            "parties": self.some("organizations", 1, 3),
            "events": self.some("events", 0, 2),
            "dimensions": self.rng.sample(DIMENSIONS, self.rng.randint(1, 2)),
        }
        if self.rng.random() < 0.3:
            data["title_ja"] = self.ja(8)
        provisions = []
        for k in range(self.rng.choice((0, 0, 1, 2, 3))):
            provision = {
                "id": f"article-{k + 1}",
                "title": f"Article {k + 1}",
                "summary": self.summary((1, 2)),
                "sources": self.sources((0, 1)),
            }
            if self.rng.random() < 0.5:
                provision["quote"] = self.sentence(6, 14)
            provisions.append(provision)
        if provisions:
            data["provisions"] = provisions
        return {**data, **self.common(f"agreements/{record_id}")}

    def event(self, i: int, record_id: str, parents: dict[str, tuple[dt.date, dt.date]]) -> dict[str, Any]:
        if i % 10 == 1 and (parent := self.ids["events"][i - 1]) in parents:
            first, last = parents[parent]
            day = first + dt.timedelta(days=self.rng.randint(0, (last - first).days))
            data: dict[str, Any] = {"part_of": parent}
        else:
            day, data = self.date(), {}
        data = {"title": self.title(3, 8), "kind": self.rng.choice(choices(EventKind)), "date": day.isoformat(), **data}
        if i % 10 == 0:
            end = day + dt.timedelta(days=self.rng.randint(1, 4))
            data["end"] = end.isoformat()
            parents[record_id] = (day, end)
        if self.rng.random() < 0.6:
            data["location"] = f"{self.title(1, 2)}, {self.rng.choice(('Tokyo', 'Washington', 'Osaka', 'Canberra'))}"
        data["participants"] = self.some("people", 1, 5)
        data["organizations"] = self.some("organizations", 0, 3)
        if agreements := self.some("agreements", 0, 1):
            data["agreements"] = agreements
        data["dimensions"] = self.rng.sample(DIMENSIONS, self.rng.randint(1, 2))
        return {**data, **self.common(f"events/{record_id}")}

    def commitment(self, i: int, record_id: str, event_dates: dict[str, str]) -> dict[str, Any]:
        made_at = self.rng.choice(self.ids["events"])
        day = dt.date.fromisoformat(event_dates[made_at])
        history = []
        kind = "declaration" if self.rng.random() < 0.2 else "pledge"
        pledge_statuses = [status for status in choices(Status) if status != "reaffirmed"]
        statuses = list(DECLARATION_STATUSES) if kind == "declaration" else pledge_statuses
        for k in range(self.rng.randint(1, 4)):
            change = {
                "date": day.isoformat(),
                "status": "pledged" if k == 0 else self.rng.choice(statuses),
                "note": self.sentence(),
                "sources": self.sources((0, 1)),
            }
            if k == 0:
                change["event"] = made_at
            history.append(change)
            day += dt.timedelta(days=self.rng.randint(30, 400))
        made_by = [f"people/{p}" for p in self.some("people", 1, 2)] or [
            f"organizations/{self.ids['organizations'][0]}"
        ]
        data: dict[str, Any] = {
            "title": self.title(4, 9),
            "made_by": made_by,
            "made_at": made_at,
            "kind": kind,
            "basis": self.rng.choice(choices(CommitmentBasis)),
            "dimension": self.rng.choice(DIMENSIONS),
            "history": history,
        }
        if self.rng.random() < 0.5:
            data["document"] = self.rng.choice(self.ids["agreements"])
        if self.rng.random() < 0.4:
            data["quote"] = self.sentence(6, 14)
        return {**data, **self.common(f"commitments/{record_id}")}

    def figure(self, i: int, record_id: str) -> dict[str, Any]:
        series = [None] if self.rng.random() < 0.7 else ["initial budget", "supplementary budget"]
        values = []
        for year in sorted(self.rng.sample(range(2000, 2026), self.rng.randint(3, 8))):
            for name in series:
                value: dict[str, Any] = {
                    "date": str(year),
                    "value": round(self.rng.uniform(0.5, 900), 1),
                    "source": self.sources((0, 0))[0],
                }
                if name:
                    value["series"] = name
                if self.rng.random() < 0.2:
                    value["note"] = self.sentence(5, 10)
                values.append(value)
        data = {
            "title": self.title(3, 7),
            "unit": self.rng.choice(_UNITS),
            "dimension": self.rng.choice(DIMENSIONS),
            "chart": self.rng.choice(("bar", "line")),
            "values": values,
        }
        return {**data, **self.common(f"figures/{record_id}")}

    def topic(self, i: int, record_id: str) -> dict[str, Any]:
        if i < 3:
            data: dict[str, Any] = {"title": record_id.capitalize(), "dimension": record_id}
        else:
            dimension = DIMENSIONS[i % 3]
            data = {"title": self.title(2, 4), "dimension": dimension, "parent": dimension}
        data["title_ja"] = self.ja(4)
        return {**data, **self.common(f"topics/{record_id}", topics=False)}

    def quote(self, i: int, record_id: str, event_dates: dict[str, str]) -> dict[str, Any]:
        event = self.rng.choice(self.ids["events"])
        data = {
            "text": " ".join(self.sentence(8, 20) for _ in range(self.rng.randint(1, 2)))[:400].rstrip(),
            "speaker": f"people/{self.rng.choice(self.ids['people'])}",
            "date": event_dates[event],
            "event": event,
        }
        return {**data, **self.common(f"quotes/{record_id}")}

    def glossary(self) -> dict[str, Any]:
        return {
            "terms": [
                {"term": term, "expansion": expansion, "definition": self.sentence(), "sources": self.sources((0, 0))}
                for term, expansion in GLOSSARY.items()
            ]
        }

    def dataset(self) -> dict[str, dict[str, dict[str, Any]]]:
        self.make_ids()
        out: dict[str, dict[str, dict[str, Any]]] = {c: {} for c in self.counts}
        parents: dict[str, tuple[dt.date, dt.date]] = {}
        for i, record_id in enumerate(self.ids["events"]):
            out["events"][record_id] = self.event(i, record_id, parents)
        event_dates = {k: v["date"] for k, v in out["events"].items()}
        makers = {
            "people": self.person,
            "organizations": self.organization,
            "agreements": self.agreement,
            "figures": self.figure,
            "topics": self.topic,
            "commitments": lambda i, r: self.commitment(i, r, event_dates),
            "quotes": lambda i, r: self.quote(i, r, event_dates),
        }
        for collection, make in makers.items():
            for i, record_id in enumerate(self.ids[collection]):
                out[collection][record_id] = make(i, record_id)
        out["_glossary"] = {"glossary": self.glossary()}
        for i, record_id in enumerate(self.ids["sources"]):
            out["sources"][record_id] = self.source(i, record_id)
        uncited = [s for s in self.ids["sources"] if s not in self.cited]
        events = list(out["events"].values())
        for k, source_id in enumerate(uncited):  # rare with these shares, but the check requires it
            events[k % len(events)]["sources"].append(source_id)
        return out


def generate(n: int, seed: int = 8) -> dict[str, dict[str, dict[str, Any]]]:
    """{collection: {id: record data}} for `n` records, plus `{"_glossary": {"glossary": ...}}`."""
    return _Generator(n, seed).dataset()


def _yaml(schema: str, data: dict[str, Any]) -> str:
    """A data file as a contributor writes it: the schema comment, then the fields."""
    body = yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100)
    return f"{schema_comment(schema)}\n{body}"


def write_dataset(data_dir: Path, n: int, seed: int = 8) -> dict[str, int]:
    """Write `n` synthetic records (and a glossary) as data/<collection>/<id>.yaml; return the counts."""
    dataset = generate(n, seed)
    glossary = dataset.pop("_glossary")["glossary"]
    for collection, records in dataset.items():
        folder = data_dir / collection
        folder.mkdir(parents=True, exist_ok=True)
        for record_id, record in records.items():
            (folder / f"{record_id}.yaml").write_text(_yaml(collection, record), encoding="utf-8")
    (data_dir / "glossary.yaml").write_text(_yaml(GLOSSARY_SCHEMA, glossary), encoding="utf-8")
    return {collection: len(records) for collection, records in dataset.items()}
