"""The editors' round: which listings most need confirming with their service, a request to
send to each, and recording a service's confirmation as a source. Nothing is sent by itself."""
