"""The pure model: what a listing, category, crisis line, self-audit statement, language and
translation is. Imports nothing else of the guide; reads no files."""
