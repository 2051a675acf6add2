"""`python build.py serve`: a live preview of the site on this PC, with a review view for the clerk.

    session.py  the real pipeline, run into a private temporary folder removed at exit
    server.py   MkDocs' LiveReloadServer, with the preview's own pages under /_sumi/
    pages.py    those pages (error list, review view, preview notice), rendered in memory
    command.py  the command: arguments, start, Ctrl+C, clean-up
"""
