"""Tests of the fake tracker (keitaro_ext.testing)."""
