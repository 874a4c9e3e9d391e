"""`python -m keitaro_ext.cli`: the same as the `keitaro` console script."""

from .app import main

main()
