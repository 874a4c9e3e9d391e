"""Pages of the documentation site generated at build time (see hooks.py), so they follow the code."""
