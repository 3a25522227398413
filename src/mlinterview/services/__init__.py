"""Use cases: what the CLI and the web app ask for. No terminal, HTTP or SQL in here."""
