"""The ways in: the `guide` command, `guide build` (atomic) and the MkDocs plugin (the only
module that imports MkDocs)."""
