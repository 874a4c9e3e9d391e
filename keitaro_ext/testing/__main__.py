"""`python -m keitaro_ext.testing`: the same as `keitaro-fake`."""

from .cli import main

raise SystemExit(main())
