"""Islington mental health services guide: listings, validation and site generation."""
