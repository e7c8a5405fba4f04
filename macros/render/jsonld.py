"""schema.org JSON-LD for record pages, embedded as a <script> that cannot break out of itself."""

from __future__ import annotations

import json
from typing import Any

from macros.data.atlas import Atlas, Entry
from macros.data.collections import COLLECTION
from macros.data.models import Agreement, Event, Figure, Organization, Person, Quote, Source
from macros.render.figures import amount, headline
from macros.render.urls import record_url

def _names(atlas: Atlas, collection: str, ids: list[str], kind: str) -> list[dict[str, str]]:
    return [{"@type": kind, "name": atlas[(collection, i)].name} for i in ids if atlas.get(collection, i)]


def jsonld_data(atlas: Atlas, entry: Entry, site_url: str) -> dict[str, Any]:
    """The JSON-LD object for one record."""
    model = entry.model
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": COLLECTION[entry.collection].jsonld_type,
        "name": entry.name,
        "url": record_url(site_url, entry.collection, entry.id),
        "description": " ".join(model.summary.split()),
    }
    if isinstance(model, (Person, Organization)):
        alternates = [n for n in [model.name.ja, model.name.short, *model.name.aliases] if n]
        if alternates:
            data["alternateName"] = alternates
    if isinstance(model, Person) and model.roles:
        data["jobTitle"] = [r.title for r in model.roles]
    if isinstance(model, Event):
        data["startDate"] = model.date.iso()
        if model.end:
            data["endDate"] = model.end.iso()
        if model.location:
            data["location"] = {"@type": "Place", "name": model.location}
        if model.participants:
            data["attendee"] = _names(atlas, "people", model.participants, "Person")
        data["eventStatus"] = "https://schema.org/EventScheduled"
    if isinstance(model, Agreement) and model.date:
        data["legislationDate"] = model.date.iso()
    if isinstance(model, Figure):
        latest = headline(model)
        data["variableMeasured"] = {
            "@type": "PropertyValue",
            "name": model.title,
            "unitText": model.unit,
            "value": latest.value,
            "description": f"{amount(model, latest)} ({latest.date.iso()})",  # the page's headline number
        }
        data["distribution"] = {
            "@type": "DataDownload",
            "encodingFormat": "text/csv",
            "contentUrl": f"{site_url.rstrip('/')}/figures/{entry.id}.csv",
        }
        data["temporalCoverage"] = "/".join(
            sorted({v.date.iso() for v in model.values})[:: max(1, len(model.values) - 1)][:2]
        )
    if isinstance(model, Quote):
        data["text"] = model.text
        data["dateCreated"] = model.date.iso()
    if isinstance(model, Source):
        if model.url:
            data["sameAs"] = model.url
        data["publisher"] = {"@type": "Organization", "name": model.publisher}
        if model.date:
            data["datePublished"] = model.date.iso()
    return data


def jsonld_script(data: dict[str, Any]) -> str:
    """A <script type="application/ld+json"> block; `<`, `>` and `&` are escaped inside the JSON."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True)
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return f'<script type="application/ld+json">{text}</script>'
