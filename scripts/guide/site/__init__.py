"""The site's pages: page identity (routes), the rendering context and templates, and one
module per page family (resident, translated, toolkit, contributor), plus what finishes the
built site (text direction, search split)."""
