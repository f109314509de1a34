"""The guide's own classifications as ORUK attributes with taxonomy terms: its categories,
audiences and yes/no facts (free, self-referral, interpreter, community building, step-free).
The yes/no value is HSDS's attribute ``value``; the importer reads them back."""

from __future__ import annotations

from typing import Any

from ..model.directory import Directory
from ..model.schema import ServiceFrontMatter
from ..model.source import Source
from .ids import uid
from .provenance import metadata

Json = dict[str, Any]

CATEGORIES = "islington-guide-categories"
AUDIENCES = "islington-guide-audiences"
FACTS = "islington-guide-facts"

#: The yes/no facts: their term's name and description.
FACT_TERMS = {
    "free": "Free: it costs nothing to use.",
    "self_referral": "Self-referral: you can contact them yourself, without a referral.",
    "interpreter": "Interpreter: the service says it can get you an interpreter.",
    "community_building": "Community building: you meet in a building with no mental health "
    "sign outside.",
    "step_free": "Step-free: you can get in and to the rooms without steps.",
}


def term(taxonomy: str, code: str, name: str, description: str) -> Json:
    tid = uid("taxonomy_term", taxonomy, code)
    return {"id": tid, "code": code, "name": name, "description": description, "taxonomy": taxonomy}


def attribute(link_id: str, entity: str, item: Json, value: str | None = None) -> Json:
    record = {
        "id": uid("attribute", link_id, item["taxonomy"], item["code"]),
        "link_id": link_id,
        "link_type": item["taxonomy"],
        "link_entity": entity,
        "taxonomy_term_id": item["id"],
        "taxonomy_term": item,
    }
    return record | ({"value": value} if value is not None else {})


def fact(name: str, value: bool, link_id: str, entity: str) -> Json:
    item = term(FACTS, name, name.replace("_", " "), FACT_TERMS[name])
    return attribute(link_id, entity, item, "true" if value else "false")


def attributes(
    meta: ServiceFrontMatter, sid: str, directory: Directory, sources: dict[str, Source]
) -> list[Json]:
    """The service's categories, audiences and yes/no facts."""
    found = []
    for code in meta.categories:
        category = directory.category(code)
        found.append(
            attribute(sid, "service", term(CATEGORIES, code, category.name, category.explanation))
        )
    for code in meta.audiences:
        found.append(attribute(sid, "service", term(AUDIENCES, code, code, f"Mainly for: {code}.")))
    for name in ("free", "self_referral", "interpreter", "community_building"):
        value = getattr(meta, name)
        if value is not None:
            record = fact(name, value, sid, "service")
            if name == "free":
                record["metadata"] = metadata(
                    sources.get(meta.cost_source or ""), record["id"], "attribute", {"value": value}
                )
            found.append(record)
    return [{key: value for key, value in item.items() if value != []} for item in found]
