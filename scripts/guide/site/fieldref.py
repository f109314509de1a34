"""The contributors' field reference page, generated from the schema's field descriptions."""

from __future__ import annotations

import types
import typing
from typing import Any

import markdown
from pydantic import BaseModel
from pydantic.fields import FieldInfo

from ..model.schema import MODELS, ServiceFrontMatter


def type_name(annotation: Any) -> str:
    origin = typing.get_origin(annotation)
    args = [a for a in typing.get_args(annotation) if a is not type(None)]
    if origin in (typing.Union, types.UnionType):
        return " or ".join(type_name(a) for a in args)
    if origin is list:
        return f"list of {type_name(args[0])}"
    if origin is typing.Literal:
        return "one of " + ", ".join(f"`{a}`" for a in typing.get_args(annotation))
    if origin is typing.Annotated:
        return type_name(args[0])
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return f"[{annotation.__name__}](#{annotation.__name__.lower()})"
    names = {str: "text", int: "whole number", float: "number", bool: "true or false"}
    if isinstance(annotation, type):
        return names.get(
            annotation,
            "date (YYYY-MM-DD)" if annotation.__name__ == "date" else annotation.__name__,
        )
    return str(annotation)


def undocumented() -> list[str]:
    """Fields with no description: a test fails while this is not empty."""
    return [
        f"{model.__name__}.{name}"
        for model in MODELS
        for name, info in model.model_fields.items()
        if not (info.description or "").strip()
    ]


def _inline(text: str) -> str:
    """The schema's own Markdown (code and links) as HTML, without the paragraph."""
    return markdown.markdown(text).removeprefix("<p>").removesuffix("</p>")


def _field(model: str, name: str, info: FieldInfo) -> list[str]:
    """One field as a term and its description (a list, not a wide table: nothing scrolls
    sideways on a phone). Plain HTML, whatever Markdown extensions the site enables."""
    extra = info.json_schema_extra if isinstance(info.json_schema_extra, dict) else {}
    facts = [
        f"Type: {type_name(info.annotation)}.",
        f"Required: {'yes' if info.is_required() else 'no'}.",
    ]
    if origin := extra.get("origin", ""):
        facts.append(f"Standard: {origin}.")
    description = (info.description or "").replace("\n", " ")
    return [
        f'<dt id="field-{model.lower()}-{name}"><code>{name}</code></dt>',
        f"<dd><p>{_inline(description)}</p><p>{_inline(' '.join(facts))}</p></dd>",
    ]


def field_reference() -> str:
    out = [
        "---",
        "title: Listing fields",
        "description: Every field of a service listing, what it means and whether it is needed.",
        "---",
        "",
        "# Listing fields",
        "",
        "This page is made from the guide's schema (`scripts/guide/model/schema.py`), so it is "
        "always current. A listing is a file `services/<id>.md`: the fields go between the two "
        "`---` lines at the top, and any longer text goes below them.",
        "",
        "Fields marked *HSDS 3.0* have the same name and meaning as in the Human Services Data "
        "Specification and Open Referral UK. The others are this guide's own.",
        "",
    ]
    for model in MODELS:
        title = "The listing" if model is ServiceFrontMatter else model.__name__
        out += [f"## {title}", ""]
        doc = (model.__doc__ or "").strip()
        if doc and model is ServiceFrontMatter:
            out += [doc, ""]
        out.append('<dl class="guide-fields">')
        for name, info in model.model_fields.items():
            out += _field(model.__name__, name, info)
        out += ["</dl>", ""]
    return "\n".join(out)
