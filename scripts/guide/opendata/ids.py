"""Stable identifiers: every ORUK record's UUID is derived from the listing's id (uuid5 with a
fixed namespace), so the same listing has the same UUIDs in every build."""

from __future__ import annotations

import uuid

#: Never change this: every published UUID depends on it.
NAMESPACE = uuid.UUID("6f1c2b7e-3d4a-5e8f-9a0b-1c2d3e4f5a6b")


def uid(*parts: str | int) -> str:
    """The UUID of the record named by ``parts``, e.g. uid("service", "samaritans")."""
    return str(uuid.uuid5(NAMESPACE, "/".join(str(part) for part in parts)))
