"""Reading and checking input: listings, data files, translations and PO files, into the
model and a list of problems (file, line, field, fix). Never raises on bad input."""
