"""The web app (``mli serve``): a thin adapter over the services, like the CLI.

``app.create_app`` builds it; ``routes/`` holds one module per page; ``templates/`` the
server-rendered pages; ``static/`` the stylesheet, the small page scripts and the bundled
code editor (built from ``web-assets/``).
"""
