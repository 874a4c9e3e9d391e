"""The hand-written commands: what is not one operation of the spec (reports, exports, profiles, the fake)."""
