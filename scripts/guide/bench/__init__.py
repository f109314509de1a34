"""`guide bench`: synthetic guides and plain Material sites of a chosen size, timed builds,
`guide validate` on many listings and leaflet printing (see adapters/bench_cli.py)."""
