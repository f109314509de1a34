"""Printable leaflets: their pages, QR codes, their theme and assets, and printing them to
one-page tagged PDFs with a cache."""
