"""Handwritten additions to the generated namespaces (paging, bulk helpers, report builders).

Each class here subclasses the generated one, so every generated method stays available; the
clients expose these subclasses through the table in `namespaces`. Each handwritten method is
written once, in a mixin both flavours share (`_twins`).
"""
