"""The fake tracker's seeded world and its synthetic click and conversion data."""
