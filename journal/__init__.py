"""shima: a private, keyboard-driven relationship journal for the terminal."""

__version__ = "0.2.0"
