"""`leanseg report`: one self-contained HTML file (and a Markdown summary) for a set of runs."""
