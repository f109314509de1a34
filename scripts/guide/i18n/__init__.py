"""Languages and interface words: gettext and locale formats, a listing's words with English
fallback, bidi isolation, translation status, PO extraction and scaffolding."""
