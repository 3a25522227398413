"""The ``mli`` command: parse, call a service, render. Heavy imports live inside commands."""
