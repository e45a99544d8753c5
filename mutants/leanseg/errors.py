"""The base of every error leanseg raises on bad input; the CLI prints them as one line."""


class LeansegError(Exception):
    """Bad input or a failed check: the message names the file and the problem."""
